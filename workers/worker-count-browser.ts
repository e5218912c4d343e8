/** Default worker count in a browser: the cores it reports, at most 4 (a laptop stays usable). */
export function browserWorkerCount(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(4, cores));
}
