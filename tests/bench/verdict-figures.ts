/**
 * Verdict figures on the presets (docs/metrics.md): how many group rows get each verdict, raw and
 * after the multiplicity control, and how the impact ratio compares. One in-process run each.
 * Run: npx tsx tests/bench/verdict-figures.ts
 */
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { loadPreset, PRESETS } from '../../src/core/presets';
import type { GroupRow } from '../../src/core/results/types';

const tally = new Map<string, number>();
const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
let policies = 0;
for (const { id } of PRESETS) {
  const scenario = loadPreset(id);
  const { results } = await runScenario(scenario, new LocalRunner(scenario));
  for (const p of results.policies) {
    policies++;
    for (const s of p.slices)
      for (const g of s.groups as GroupRow[]) {
        add('rows');
        add(`raw ${g.rawVerdict}`);
        add(`final ${g.verdict}`);
        if (g.rawVerdict !== g.verdict) add(`demoted ${g.rawVerdict} → ${g.verdict}`);
        if (g.verdict === 'uncertain') add(`uncertain leaning ${g.leaning}`);
        if (typeof g.impactRatio === "number" && g.impactRatio < 0.8 && g.verdict !== 'too-small') {
          add('IR < 0.8 (judged)');
          if (g.verdict === 'within') add('IR < 0.8 but RR within');
        }
        if (s.referenceNote) add(`slices with a reference note (rows)`);
      }
  }
}
console.log(`${PRESETS.length} presets, ${policies} policies`);
for (const [k, v] of [...tally].sort()) console.log(`${k.padEnd(40)} ${v}`);
