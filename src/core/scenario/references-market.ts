/**
 * Cross-reference checks of the `market` section (schema-market.ts): every attribute and category
 * it names exists and is of the right kind, ids are unique, and per-policy campaign settings name
 * policies of the scenario.
 */
import type { Issue } from './issues';
import { formatPath } from './issues';
import type { GroupMap, Scenario } from './types';
import { checkLearning } from '../learning/references';

type Path = (string | number)[];

export function checkMarketReferences(s: Scenario): Issue[] {
  const market = s.market;
  if (!market) return [];
  const issues: Issue[] = [];
  const add = (path: Path, message: string) => issues.push({ path: formatPath(['market', ...path]), message });
  const attributes = new Map(s.population.attributes.map((a) => [a.id, a]));
  const category = (at: Path, attribute: string, group: string | undefined) => {
    const a = attributes.get(attribute);
    if (!a) return add(at, `unknown attribute "${attribute}"`);
    if (a.type !== 'categorical') return add(at, `"${attribute}" is numeric; only categorical attributes can be used here`);
    if (group !== undefined && !a.categories.some((c) => c.id === group)) add([...at, group], `unknown category "${group}" of "${attribute}"`);
  };
  const groupMap = (map: GroupMap, at: Path) => {
    for (const [a, cats] of Object.entries(map)) {
      category([...at, a], a, undefined);
      if (attributes.get(a)?.type === 'categorical') for (const c of Object.keys(cats)) category([...at, a], a, c);
    }
  };
  const unique = (ids: string[], at: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add([at, i, 'id'], `duplicate ${at === 'competitors' ? 'competitor' : 'creative'} id "${id}"`);
      seen.add(id);
    });
  };

  const sessions = market.sessions;
  if (sessions.kind !== 'column') groupMap(sessions.multipliers, ['sessions', 'multipliers']);
  if (sessions.kind === 'column') {
    const a = attributes.get(sessions.attribute);
    if (!a) add(['sessions', 'attribute'], `unknown attribute "${sessions.attribute}"`);
    else if (a.type !== 'numeric') add(['sessions', 'attribute'], `"${sessions.attribute}" is categorical; sessions come from a numeric attribute`);
  }
  unique(market.competitors.map((c) => c.id), 'competitors');
  market.competitors.forEach((c, i) => {
    groupMap(c.multipliers, ['competitors', i, 'multipliers']);
    c.interactions.forEach((t, j) => {
      const at: Path = ['competitors', i, 'interactions', j, 'groups'];
      if (Object.keys(t.groups).length === 0) add(at, 'name at least one attribute and category');
      for (const [a, g] of Object.entries(t.groups)) category([...at, a], a, g);
    });
  });
  unique(market.creatives.map((c) => c.id), 'creatives');
  market.creatives.forEach((c, i) => {
    groupMap(c.click, ['creatives', i, 'click']);
    groupMap(c.conversion, ['creatives', i, 'conversion']);
  });
  const policies = new Set(s.policies.map((p) => p.id));
  for (const id of Object.keys(market.campaigns)) if (!policies.has(id)) add(['campaigns', id], `unknown policy "${id}"`);
  if (market.learning) issues.push(...checkLearning(market.learning, s.policies, ['market', 'learning']));
  return issues;
}
