/**
 * Which chunks each worker owns: contiguous blocks of nearly equal size, the first blocks one
 * chunk larger when the count does not divide. Results never depend on this rule (every chunk draws
 * from its own streams and results merge in chunk order); blocks keep each worker's memory local.
 */
export function chunkBlocks(chunkCount: number, workers: number): number[][] {
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers must be a whole number ≥ 1 (got ${workers})`);
  const blocks: number[][] = [];
  const base = Math.floor(chunkCount / workers);
  const extra = chunkCount % workers;
  let next = 0;
  for (let w = 0; w < workers; w++) {
    const size = base + (w < extra ? 1 : 0);
    blocks.push(Array.from({ length: size }, (_, i) => next + i));
    next += size;
  }
  return blocks;
}
