/**
 * What a campaign has observed so far, per chunk: who it reached at least once (only their
 * outcomes are known — the selective labels) and, of the past campaign's people, who have not been
 * reached since (their record is still the history's, with its label bias). A retrained model
 * learns from both: the history for the people the campaign never saw, the observed outcome for
 * everyone it did. Tallies are counts, merged by addition in chunk order.
 */

/** One chunk's (or, added up, the campaign's) observed sample. */
export interface ObservedTally {
  /** People reached at least once so far. */
  observed: number;
  /** Of them, people with a positive observed outcome (a conversion or click). */
  positives: number;
  /** People of the history not observed since: they keep their recorded label. */
  historyOnly: number;
}

export function emptyTally(): ObservedTally {
  return { observed: 0, positives: 0, historyOnly: 0 };
}

/** a + b (a new object). */
export function addTally(a: ObservedTally, b: ObservedTally): ObservedTally {
  return { observed: a.observed + b.observed, positives: a.positives + b.positives, historyOnly: a.historyOnly + b.historyOnly };
}

export interface ObservedMasks {
  /** 1 if the person has seen at least one impression so far. */
  observed: Uint8Array;
  /** 1 if the person is in the history and not observed. */
  historyOnly: Uint8Array;
  tally: ObservedTally;
}

/**
 * The chunk's masks from its cumulative impressions, its observed outcomes (non-zero only for the
 * reached) and its history mask (absent: no history).
 */
export function observedMasks(impressions: ArrayLike<number>, outcome: ArrayLike<number>, history?: ArrayLike<number>): ObservedMasks {
  const n = impressions.length;
  const observed = new Uint8Array(n);
  const historyOnly = new Uint8Array(n);
  const tally = emptyTally();
  for (let i = 0; i < n; i++) {
    if ((impressions[i] as number) > 0) {
      observed[i] = 1;
      tally.observed++;
      if ((outcome[i] as number) > 0) tally.positives++;
    } else if (history && history[i] === 1) {
      historyOnly[i] = 1;
      tally.historyOnly++;
    }
  }
  return { observed, historyOnly, tally };
}

/**
 * A lookalike's seed audience grown by what the campaign observed: the seed's people plus every
 * reached person with a positive outcome (new customers join "our customers"). Returns the mask
 * and how many joined.
 */
export function grownSeed(seed: ArrayLike<number>, outcome: ArrayLike<number>): { mask: Uint8Array; joined: number } {
  const mask = new Uint8Array(seed.length);
  let joined = 0;
  for (let i = 0; i < seed.length; i++) {
    if (seed[i] === 1) mask[i] = 1;
    else if ((outcome[i] as number) > 0) {
      mask[i] = 1;
      joined++;
    }
  }
  return { mask, joined };
}
