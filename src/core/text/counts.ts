/**
 * Whole numbers in English with thousands separators ("1,000,000"), as `n.toLocaleString('en')`
 * writes them, without ICU: the first `toLocaleString` of a process sets up ICU's number
 * formatting, ~5-10 ms on the command line's path to a run (the scenario schema's messages, the
 * work checks). Anything but a whole number below 10^21 (and −0) still goes to `toLocaleString`.
 */
export function countText(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) >= 1e21 || Object.is(n, -0)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${text}` : text;
}

/** `n.toLocaleString('en', { maximumFractionDigits: 0 })`: rounded half away from zero, as Intl rounds. */
export function roundedCountText(n: number): string {
  return Number.isFinite(n) ? countText(Math.sign(n) * Math.round(Math.abs(n))) : n.toLocaleString('en', { maximumFractionDigits: 0 });
}
