/**
 * Every name of a per-chunk column kept in ChunkState.store between steps, each typed by what it
 * holds (chunk-store.ts). One place, so the population, history, policy, model, selection, audit,
 * explain and export steps agree on them.
 */
import { storeKey } from './chunk-store';
import type { StoreKey } from './chunk-store';

/** 1 if the person is eligible for the campaign. */
export const ELIGIBLE = storeKey<Uint8Array>('eligible');
/** 1 if the person was reached by the past campaign (the history). */
export const HISTORY = storeKey<Uint8Array>('history');
/** The past campaign's recorded conversion (after label bias); 0 outside the history. */
export const HISTORY_LABEL = storeKey<Uint8Array>('historyLabel');
/** 1 if the person is in the lookalike seed audience of the default seed rule. */
export const SEED_AUDIENCE = storeKey<Uint8Array>('seedAudience');
/** 1 for people the history rule matches, 0 otherwise (every person is a candidate); dropped after the history. */
export const HISTORY_RULE_SCORE = storeKey<Float32Array>('history#ruleScore');

/** The policy's score for each person; NaN where the person is not a candidate. */
export const scoreKey = (policyId: string) => storeKey<Float32Array>(`score:${policyId}`);
/** 1 if the policy selected (reached) the person. */
export const selectedKey = (policyId: string) => storeKey<Uint8Array>(`selected:${policyId}`);
/** A model policy's predicted probability per person. */
export const probKey = (policyId: string) => storeKey<Float32Array>(`prob:${policyId}`);
/** A lookalike policy's own seed audience mask (from its seed rule). */
export const seedKey = (policyId: string) => storeKey<Uint8Array>(`seed:${policyId}`);

/** A score column derived from another (a constraint's or a strategy's own copy). */
export const derivedScoreKey = (from: string, what: string) => storeKey<Float32Array>(`${from}${what}`);
/** A selection mask derived from another column's name. */
export const derivedMaskKey = (from: string, what: string) => storeKey<Uint8Array>(`${from}${what}`);

/** The selection mask of the threshold strategy the app is showing (workers/coordinator.worker.ts). */
export const STRATEGY_VIEW = storeKey<Uint8Array>('strategy:view');

/** Where a model fit's rows are kept in each chunk's store. */
export interface RowsKeys {
  /** X, row-major, raw (unstandardised) values. */
  readonly features: StoreKey<Float32Array | Float64Array>;
  /** y. */
  readonly labels: StoreKey<Uint8Array>;
}

/** Rows by features and people (shared by models on the same people), labels by all of it. */
export function rowsKeys(columns: unknown, people: unknown, sources: unknown): RowsKeys {
  return {
    features: storeKey(`rows:${JSON.stringify([columns, people])}`),
    labels: storeKey(`labels:${JSON.stringify([columns, sources])}`),
  };
}

/** The standardised sparse rows of a fit, by its rows and standardisation. */
export const sparseRowsKey = <T>(features: string, shift: Float64Array, scale: Float64Array) =>
  storeKey<T>(`sparse:${features}|${shift.join()}|${scale.join()}`);

/** Prefixes of the model-fit columns, all freed once a run's models are fitted. */
export const MODEL_ROW_PREFIXES = ['rows:', 'labels:', 'sparse:'] as const;

/** The cached sort keys of a selection writing `outKey`, between its rounds. */
export const sortKeysKey = <T>(outKey: string) => storeKey<T>(`${outKey}#sortKeys`);
