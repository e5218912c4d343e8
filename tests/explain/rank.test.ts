/**
 * A person's rank under a top-k policy: with a reach budget, the selected are exactly the
 * candidates ranked within the number reached (ties aside: the tie-break draw settles a shared
 * place); under a fairness wrapper the rank is within the person's group.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { explainSession } from '../../src/core/explain/session';
import type { ExplainSession } from '../../src/core/explain/session';
import { explainPerson } from '../../src/core/explain/explain-person';
import { defaultScenario } from '../engine/fixtures';

let session: ExplainSession;

beforeAll(async () => {
  session = await explainSession(defaultScenario(4000));
}, 60_000);

describe('explainPerson rank', () => {
  it('the propensity model reached exactly the candidates ranked within its reach', () => {
    const reached = session.results.policies.find((p) => p.id === 'propensity')!.totals.reached;
    let candidates = 0;
    for (let id = 0; id < 4000; id += 7) {
      const e = explainPerson(session, 'propensity', id);
      if (!e.rank) {
        expect(e.candidate).toBe(false);
        continue;
      }
      candidates = e.rank.candidates;
      expect(e.rank.within).toBeUndefined();
      if (e.selected) expect(e.rank.position).toBeLessThanOrEqual(reached);
      else if (e.score !== e.cut.score) expect(e.rank.position).toBeGreaterThan(reached);
    }
    expect(candidates).toBeGreaterThan(reached);
  });

  it('a fairness policy ranks the person within their group of its attribute', () => {
    const fairness = session.scenario.policies.find((p) => p.type === 'fairness');
    expect(fairness).toBeDefined();
    const e = explainPerson(session, fairness!.id, [...Array(4000).keys()].find((id) => explainPerson(session, fairness!.id, id).candidate)!);
    expect(e.rank!.within).toEqual({ attribute: e.cut.attribute, group: e.cut.group });
    // Fewer than all the candidates of the scoring policy it wraps.
    const base = fairness!.type === 'fairness' ? fairness!.base : '';
    expect(e.rank!.candidates).toBeLessThan(explainPerson(session, base, e.person.id).rank!.candidates);
  });
});
