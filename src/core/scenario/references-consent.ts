/** `withoutConsent.context` names categorical attributes; a protected one only with `useProtected`. */
import { LIMITS } from './limits';
import type { Scenario } from './types';

type Add = (path: (string | number)[], message: string) => void;

export function checkWithoutConsent(s: Scenario, add: Add): void {
  s.policies.forEach((p, i) => {
    if (p.type !== 'propensity' && p.type !== 'lookalike' && p.type !== 'delivery') return;
    const context = p.withoutConsent?.context ?? [];
    if (new Set(context).size !== context.length) add(['policies', i, 'withoutConsent', 'context'], 'lists an attribute twice');
    let cells = 1;
    context.forEach((id, ci) => {
      const at = ['policies', i, 'withoutConsent', 'context', ci];
      const attr = s.population.attributes.find((a) => a.id === id);
      if (!attr) add(at, `unknown attribute "${id}"`);
      else if (attr.type !== 'categorical') add(at, `"${id}" is numeric; a context is categorical (device, page topic)`);
      else if (attr.protected && !p.useProtected) add(at, `"${id}" is protected; set useProtected: true to target by it`);
      else cells *= attr.categories.length;
    });
    if (cells > LIMITS.tableRows)
      add(['policies', i, 'withoutConsent', 'context'], `has ${cells.toLocaleString('en')} context combinations; at most ${LIMITS.tableRows.toLocaleString('en')}`);
  });
}
