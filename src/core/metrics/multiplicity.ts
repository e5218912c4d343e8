/**
 * Many groups at once. A policy's audit judges every group of every slice (about 28 cells on the
 * default scenario, more with intersections); at 5% each, a policy that harms no one would still
 * get a false harm verdict in most audits. The verdict p-values of a policy's cells form one family
 * and are adjusted together:
 *
 * - `holm`: Holm's step-down procedure (Holm 1979, Scand. J. Statist. 6:65): controls the
 *   family-wise error rate — the chance of any false out-of-band verdict — at 5% under any
 *   dependence between the cells;
 * - `bh`: Benjamini & Hochberg's step-up procedure (1995, JRSS B 57:289): controls the expected
 *   share of false ones among the out-of-band verdicts (valid under positive dependence, which
 *   cells sharing a reference have); under the complete null it is also family-wise control;
 * - `none`: each cell at 5% on its own.
 *
 * The adjusted p-values are the ones `statsmodels.stats.multitest.multipletests` reports
 * (`holm`, `fdr_bh`). An out-of-band verdict whose adjusted p-value is not below 0.05 becomes
 * `uncertain`; `within` verdicts are unchanged (they are not discoveries of harm).
 */
import type { GroupRow, Multiplicity, Verdict } from '../results/types';
import { isHarm } from './verdict';

/** The family's level. */
export const FAMILY_ALPHA = 0.05;

/** Adjusted p-values in the input order; nulls are not part of the family and stay null. */
export function adjustPValues(p: readonly (number | null)[], method: Multiplicity): (number | null)[] {
  if (method === 'none') return [...p];
  const order = p
    .map((v, k) => ({ v, k }))
    .filter((x): x is { v: number; k: number } => x.v !== null)
    .sort((a, b) => a.v - b.v || a.k - b.k);
  const m = order.length;
  const out: (number | null)[] = p.map(() => null);
  if (method === 'holm') {
    let running = 0;
    order.forEach(({ v, k }, i) => {
      running = Math.max(running, Math.min(1, (m - i) * v));
      out[k] = running;
    });
  } else {
    let running = 1;
    for (let i = m - 1; i >= 0; i--) {
      const { v, k } = order[i] as { v: number; k: number };
      running = Math.min(running, Math.min(1, (m * v) / (i + 1)));
      out[k] = running;
    }
  }
  return out;
}

function outOfBand(v: Verdict): boolean {
  return v === 'excluded' || v === 'over-targeted';
}

/**
 * Sets `adjustedPValue`, `verdict`, `leaning` and `harm` of every row of one policy from their
 * `rawVerdict` and `pValue` (in place). Rows without a p-value keep their raw verdict.
 */
export function applyMultiplicity(rows: readonly GroupRow[], method: Multiplicity, offer: 'opportunity' | 'risk'): void {
  const adjusted = adjustPValues(rows.map((r) => r.pValue ?? null), method);
  rows.forEach((row, k) => {
    const q = adjusted[k] ?? null;
    row.adjustedPValue = q;
    const raw = row.rawVerdict ?? row.verdict;
    const demoted = outOfBand(raw) && q !== null && !(q < FAMILY_ALPHA);
    row.verdict = demoted ? 'uncertain' : raw;
    // A demoted row leans to the side it was out of band on.
    if (demoted) row.leaning = raw === 'excluded' ? 'low' : 'high';
    row.harm = isHarm(row.verdict, offer);
  });
}
