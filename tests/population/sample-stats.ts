/** Small statistics for the population tests: means, SDs and their standard errors. */

export function mean(xs: ArrayLike<number>, where?: (i: number) => boolean): { mean: number; sd: number; n: number; se: number } {
  let n = 0;
  let sum = 0;
  let sum2 = 0;
  for (let i = 0; i < xs.length; i++) {
    if (where && !where(i)) continue;
    const x = xs[i]!;
    n++;
    sum += x;
    sum2 += x * x;
  }
  const m = sum / n;
  const sd = Math.sqrt(Math.max(0, (sum2 - n * m * m) / (n - 1)));
  return { mean: m, sd, n, se: sd / Math.sqrt(n) };
}

/** Log-odds of a 0/1 outcome among the people `where` picks, with its standard error. */
export function logOdds(outcome: ArrayLike<number>, where: (i: number) => boolean): { logOdds: number; se: number; rate: number; n: number } {
  let n = 0;
  let yes = 0;
  for (let i = 0; i < outcome.length; i++) {
    if (!where(i)) continue;
    n++;
    yes += outcome[i]!;
  }
  const no = n - yes;
  return { logOdds: Math.log(yes / no), se: Math.sqrt(1 / yes + 1 / no), rate: yes / n, n };
}

/** Standard error of a proportion p estimated from n draws. */
export function proportionSe(p: number, n: number): number {
  return Math.sqrt((p * (1 - p)) / n);
}
