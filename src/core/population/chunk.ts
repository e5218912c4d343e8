/**
 * A population is stored as columns (typed arrays), split into chunks of CHUNK_SIZE people. The
 * chunk size is fixed — it is part of the engine, not a tuning knob — so that chunk i holds the
 * same people and draws the same random numbers whatever the number of workers.
 */
export const CHUNK_SIZE = 32_768;

export interface ChunkSpan {
  /** Chunk number, 0-based. */
  readonly index: number;
  /** Global index of the chunk's first person. */
  readonly start: number;
  /** People in this chunk (CHUNK_SIZE except for the last chunk). */
  readonly size: number;
}

/** One chunk of people: one typed array per attribute and per behaviour column, no object per person. */
export interface PopulationChunk extends ChunkSpan {
  /** Categorical attribute id → category index of each person. */
  readonly codes: Record<string, Uint8Array>;
  /** Numeric attribute id → true value of each person. */
  readonly values: Record<string, Float64Array>;
  /** Numeric attribute id → the noisy value a model sees (observation noise by group). */
  readonly observed: Record<string, Float32Array>;
  /** Ground truth no policy sees: conversion probability p and potential outcome y = [u < p]. */
  readonly conversionProb: Float32Array;
  readonly converts: Uint8Array;
  /** Click probability q and potential click. */
  readonly clickProb: Float32Array;
  readonly clicks: Uint8Array;
  /** Market price to reach the person. */
  readonly price: Float64Array;
  /** 1 if the person allows personal-data targeting. */
  readonly consent: Uint8Array;
}

/** The chunks of a population of `size` people. */
export function chunkSpans(size: number): ChunkSpan[] {
  const spans: ChunkSpan[] = [];
  for (let start = 0, index = 0; start < size; start += CHUNK_SIZE, index++)
    spans.push({ index, start, size: Math.min(CHUNK_SIZE, size - start) });
  return spans;
}
