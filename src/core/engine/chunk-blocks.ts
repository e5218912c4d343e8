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

/**
 * Which chunks each engine worker owns: as `chunkBlocks`, but the blocks one chunk larger are the
 * last ones, because a population's last chunk is the short one. Each map waits for the slowest
 * worker, so the largest block's people set the pace: 1,000,000 people are 30 full chunks and one
 * of 17,440; blocks of 16 and 15 chunks hold 524,288 and 475,712 people, blocks of 15 and 16 hold
 * 491,520 and 508,480. The largest block never holds more people than chunkBlocks' would. With
 * fewer chunks than workers, one chunk each and the empty blocks last, as chunkBlocks.
 */
export function workerBlocks(chunkCount: number, workers: number): number[][] {
  const plain = chunkBlocks(chunkCount, workers);
  if (chunkCount <= workers) return plain;
  const blocks: number[][] = [];
  let next = 0;
  for (const size of plain.map((b) => b.length).reverse()) {
    blocks.push(Array.from({ length: size }, (_, i) => next + i));
    next += size;
  }
  return blocks;
}
