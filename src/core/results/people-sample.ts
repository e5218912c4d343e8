/** The merged people sample as plain JSON columns (category ids, numbers, null for no score). */
import type { Scenario } from '../scenario/types';
import type { MergedAudit } from '../metrics/run-audit';
import type { PeopleSample } from './types';
import { own } from '../records/own';
import { derivedAttributes } from '../inference/derived';

export function peopleSample(scenario: Scenario, audit: MergedAudit): PeopleSample {
  const s = audit.sample;
  const out: PeopleSample = { count: s?.count ?? 0, categories: {}, values: {}, converts: [], selected: {}, score: {} };
  if (!s) return out;
  for (const a of scenario.population.attributes) {
    if (a.type === 'categorical') {
      const codes = own(s.codes, a.id);
      if (codes) out.categories[a.id] = Array.from(codes, (c) => a.categories[c]?.id ?? String(c));
    } else {
      const values = own(s.values, a.id);
      if (values) out.values[a.id] = Array.from(values);
    }
  }
  // Derived (inferred, joint) attributes too, so the people-as-dots view can group by them.
  for (const { attribute: a } of derivedAttributes(scenario)) {
    const codes = own(s.codes, a.id);
    if (codes) out.categories[a.id] = Array.from(codes, (c) => a.categories[c]?.id ?? String(c));
  }
  out.converts = Array.from(s.converts);
  audit.policies.forEach((id, p) => {
    out.selected[id] = Array.from(s.selected[p] ?? []);
    out.score[id] = Array.from(s.score[p] ?? [], (v) => (v === v ? v : null));
  });
  return out;
}
