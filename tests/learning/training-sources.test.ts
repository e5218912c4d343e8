/** What each kind of learned model retrains on (retrain.ts): its own labels for the unobserved, the campaign's for the observed. */
import { describe, expect, it } from 'vitest';
import { storeKey } from '../../src/core/engine/chunk-store';
import { HISTORY, HISTORY_LABEL } from '../../src/core/engine/store-keys';
import { seedMaskOf, trainingSources } from '../../src/core/learning/retrain';
import type { ModelFit } from '../../src/core/policies/context';

const fit = (sources: ModelFit['sources']): ModelFit => ({ spec: { columns: [] }, intercept: 0, coefficients: new Float64Array(0), sources, l2: 1, perPrice: false });
const key = (name: string) => storeKey<Uint8Array>(name);
const keys = { observedKey: key('obs'), historyOnlyKey: key('hist'), outcomeKey: key('out') };

describe('trainingSources', () => {
  it('a propensity model: the unreached history with its recorded labels, then the reached with what was observed', () => {
    expect(trainingSources({ fit: fit([{ maskKey: HISTORY, labelKey: HISTORY_LABEL }]), ...keys })).toEqual([
      { maskKey: 'hist', labelKey: HISTORY_LABEL },
      { maskKey: 'obs', labelKey: 'out' },
    ]);
  });

  it("the platform's click model: the unreached history with its clicks, then the reached with the clicks observed", () => {
    expect(trainingSources({ fit: fit([{ maskKey: HISTORY, label: 'click' }]), ...keys, outcomeKey: key('clicked') })).toEqual([
      { maskKey: 'hist', label: 'click' },
      { maskKey: 'obs', labelKey: 'clicked' },
    ]);
  });

  it('a lookalike: its seed grown by the observed converters, against the same random sample', () => {
    const sample = { sample: { name: 'lookalike', rate: 0.1 }, label: 0 as const };
    const lookalike = fit([{ maskKey: key('seedAudience'), label: 1 }, sample]);
    expect(seedMaskOf(lookalike)).toBe('seedAudience');
    expect(trainingSources({ fit: lookalike, ...keys, grownSeedKey: key('grown') })).toEqual([{ maskKey: 'grown', label: 1 }, sample]);
    expect(seedMaskOf(fit([{ maskKey: HISTORY, labelKey: HISTORY_LABEL }]))).toBeUndefined();
  });

  it('refuses a model trained on anything else', () => {
    expect(() => trainingSources({ fit: fit([{ sample: { name: 'x', rate: 1 }, label: 'conversion' }]), ...keys })).toThrow(/cannot retrain/);
  });
});
