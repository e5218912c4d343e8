/**
 * Cross-reference checks of the issue-15 fields: interaction terms name categorical attributes
 * and their categories; derived attributes name what they derive from, an inferred one's proxies
 * with its attribute form a closed set (every parent of one is in it, so the posterior is exact),
 * and a joint one has at most LIMITS.categories groups.
 */
import { LIMITS } from './limits';
import type { CategoricalAttribute, Scenario } from './types';

type Path = (string | number)[];
type Add = (path: Path, message: string) => void;
interface Named { id: string; categories: { id: string }[] }

export function checkInteractions(s: Scenario, add: Add): void {
  const b = s.behaviour;
  const lists: [Path, { when: Record<string, string[]> }[] | undefined][] = [
    [['behaviour', 'conversion', 'interactions'], b.conversion?.interactions],
    [['behaviour', 'click', 'interactions'], b.click?.interactions],
    [['behaviour', 'consent', 'interactions'], b.consent?.interactions],
    [['behaviour', 'price', 'interactions'], b.price?.interactions],
  ];
  const categorical = categoricalIndex(s);
  for (const [at, list] of lists)
    list?.forEach((term, i) => {
      for (const [a, cats] of Object.entries(term.when)) {
        const path = [...at, i, 'when', a];
        const attr = categorical.get(a);
        if (!attr) add(path, isNumeric(s, a) ? `"${a}" is numeric; interaction terms name categorical attributes` : `unknown attribute "${a}"`);
        else cats.forEach((c, ci) => {
          if (!attr.categories.some((x) => x.id === c)) add([...path, ci], `unknown category "${c}" of "${a}"`);
        });
      }
    });
  if (b.consent && b.consent.base >= 1 && b.consent.interactions?.length)
    add(['behaviour', 'consent', 'interactions'], 'have no effect while consent.base is 1 (everyone consents): lower the base');
}

/** Checks `derived`; returns the derived attributes that are usable, for the audit's and policies' checks. */
export function checkDerived(s: Scenario, add: Add): Map<string, Named> {
  const usable = new Map<string, Named>();
  const categorical = categoricalIndex(s);
  s.derived?.forEach((d, i) => {
    const at: Path = ['derived', i];
    if (categorical.has(d.id) || isNumeric(s, d.id) || usable.has(d.id)) {
      add([...at, 'id'], `"${d.id}" is already an attribute id`);
      return;
    }
    if (d.kind === 'inferred') {
      const of = categorical.get(d.of);
      if (!of) return add([...at, 'of'], unknownOrNumeric(s, d.of));
      const members = new Set([d.of, ...d.from]);
      if (members.size !== d.from.length + 1) return add([...at, 'from'], `lists "${d.of}" or a proxy twice`);
      let ok = true;
      d.from.forEach((p, pi) => {
        if (!categorical.has(p)) {
          add([...at, 'from', pi], unknownOrNumeric(s, p));
          ok = false;
        }
      });
      if (!ok) return;
      for (const m of members)
        for (const parent of categorical.get(m)?.given ?? [])
          if (!members.has(parent)) {
            add([...at, 'from'], `"${m}" depends on "${parent}", which is neither "${d.of}" nor a proxy: add "${parent}" to from, so the posterior can be computed from the tables`);
            ok = false;
          }
      if (!d.from.some((p) => categorical.get(p)?.given?.includes(d.of)) && !(of.given ?? []).some((g) => members.has(g)))
        add([...at, 'from'], `no proxy depends on "${d.of}": the estimate would be the same for everyone`);
      if (ok) usable.set(d.id, { id: d.id, categories: of.categories });
    } else {
      const parts = d.of.map((a, ai) => {
        const part = categorical.get(a) ?? usable.get(a);
        if (!part) add([...at, 'of', ai], unknownOrNumeric(s, a));
        return part;
      });
      if (new Set(d.of).size !== d.of.length) return add([...at, 'of'], 'lists an attribute twice');
      if (parts.some((p) => !p)) return;
      const groups = parts.reduce((a, p) => a * (p as Named).categories.length, 1);
      if (groups > LIMITS.categories) return add([...at, 'of'], `has ${groups} combinations; at most ${LIMITS.categories}`);
      let combos = [''];
      for (const p of parts as Named[]) combos = combos.flatMap((x) => p.categories.map((c) => (x ? `${x}|${c.id}` : c.id)));
      usable.set(d.id, { id: d.id, categories: combos.map((id) => ({ id })) });
    }
  });
  return usable;
}

function categoricalIndex(s: Scenario): Map<string, CategoricalAttribute> {
  const out = new Map<string, CategoricalAttribute>();
  for (const a of s.population?.attributes ?? []) if (a?.type === 'categorical' && Array.isArray(a.categories)) out.set(a.id, a);
  return out;
}

function isNumeric(s: Scenario, id: string): boolean {
  return (s.population?.attributes ?? []).some((a) => a?.id === id && a.type === 'numeric');
}

function unknownOrNumeric(s: Scenario, id: string): string {
  return isNumeric(s, id) ? `"${id}" is numeric; only categorical attributes can be used here` : `unknown attribute "${id}"`;
}
