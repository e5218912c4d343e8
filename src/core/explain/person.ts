/**
 * One synthetic person as the engine holds them: found by global index in the chunk states of an
 * in-process run, with what the policies saw (observed values, noise included), consent,
 * eligibility and — because the people are synthetic — the ground truth.
 */
import type { ChunkState } from '../engine/chunk-state';
import type { StoreKey } from '../engine/chunk-store';
import { ELIGIBLE, scoreKey, selectedKey } from '../engine/store-keys';
import { CHUNK_SIZE } from '../population/chunk';
import type { Scenario } from '../scenario/types';
import type { SeenFeatures } from './contributions';

export interface PersonRecord extends SeenFeatures {
  id: number;
  /** Category id per categorical attribute; true and observed value per numeric one. */
  categories: Record<string, string>;
  values: Record<string, number>;
  consent: boolean;
  eligible: boolean;
  price: number;
  truth: { conversionProb: number; converts: boolean; clickProb: number; clicks: boolean };
}

export function locate(states: readonly ChunkState[], id: number): { state: ChunkState; i: number } {
  if (!Number.isInteger(id) || id < 0) throw new Error(`person id must be a whole number ≥ 0 (got ${id})`);
  const state = states[Math.floor(id / CHUNK_SIZE)];
  const i = id % CHUNK_SIZE;
  if (!state?.chunk || i >= state.chunk.size) throw new Error(`there is no person ${id}: the population has people 0 to ${countPeople(states) - 1}`);
  return { state, i };
}

function countPeople(states: readonly ChunkState[]): number {
  return states.reduce((n, s) => n + (s.chunk?.size ?? 0), 0);
}

export function personRecord(scenario: Scenario, states: readonly ChunkState[], id: number): PersonRecord {
  const { state, i } = locate(states, id);
  const chunk = state.chunk!;
  const codes: Record<string, number> = {};
  const observed: Record<string, number> = {};
  const categories: Record<string, string> = {};
  const values: Record<string, number> = {};
  for (const a of scenario.population.attributes) {
    if (a.type === 'categorical') {
      const code = chunk.codes[a.id]![i] as number;
      codes[a.id] = code;
      categories[a.id] = a.categories[code]!.id;
    } else {
      values[a.id] = chunk.values[a.id]![i] as number;
      observed[a.id] = chunk.observed[a.id]![i] as number;
    }
  }
  const eligible = state.store.get(ELIGIBLE);
  return {
    id,
    codes,
    observed,
    categories,
    values,
    consent: chunk.consent[i] === 1,
    eligible: eligible instanceof Uint8Array ? eligible[i] === 1 : false,
    price: chunk.price[i] as number,
    truth: {
      conversionProb: chunk.conversionProb[i] as number,
      converts: chunk.converts[i] === 1,
      clickProb: chunk.clickProb[i] as number,
      clicks: chunk.clicks[i] === 1,
    },
  };
}

/** The person's score under a policy (null when not a candidate) and whether it selected them. */
export function personDecision(states: readonly ChunkState[], id: number, policyId: string): { score: number | null; selected: boolean } {
  const { state, i } = locate(states, id);
  const score = state.store.get(scoreKey(policyId));
  const selected = state.store.get(selectedKey(policyId));
  const s = score instanceof Float32Array ? (score[i] as number) : NaN;
  return { score: s === s ? s : null, selected: selected instanceof Uint8Array && selected[i] === 1 };
}

/** The model's predicted probability for the person (computed for everyone, candidate or not). */
export function personProb(states: readonly ChunkState[], id: number, probKey: StoreKey<Float32Array>): number | null {
  const { state, i } = locate(states, id);
  const prob = state.store.get(probKey);
  return prob instanceof Float32Array ? (prob[i] as number) : null;
}
