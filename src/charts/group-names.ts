/**
 * Names of groups as a reader says them. An intersection is one group of people, so it is named as
 * one: "Women aged 55+", "People aged 70+, Low income", "Women, Ethnic group: Group B" — never
 * "Women · 55+", which reads as two.
 */
import type { GroupRow, Results, SliceResult } from '../core/results/types';

/** True for an attribute that holds ages ("age", "Age band"): its groups read "aged 55+". */
function isAge(id: string, label: string): boolean {
  return /(^|[^a-z])age([^a-z]|$)/i.test(id) || /(^|[^a-z])age([^a-z]|$)/i.test(label);
}

/** A category whose label already names its attribute ("Low income" of "Income band") needs no prefix. */
function selfDescribing(part: { attributeLabel: string; label: string }): boolean {
  const words = part.attributeLabel.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4);
  const label = part.label.toLowerCase();
  return words.some((w) => label.includes(w));
}

/** The name of `row` of `slice`: its label for an attribute, a phrase for an intersection. */
export function groupName(results: Results, slice: Pick<SliceResult, 'kind' | 'attributes'>, row: Pick<GroupRow, 'group' | 'label'>): string {
  if (slice.kind !== 'intersection') return row.label;
  const ids = row.group.split('|');
  const parts = slice.attributes.map((attributeId, i) => {
    const attribute = results.attributes.find((a) => a.id === attributeId);
    const category = attribute?.categories.find((c) => c.id === ids[i]);
    return { attributeId, attributeLabel: attribute?.label ?? attributeId, label: category?.label ?? ids[i] ?? '' };
  });
  const [first, ...rest] = parts;
  if (!first) return row.label;
  return rest.reduce(
    (name, part) => (isAge(part.attributeId, part.attributeLabel) ? `${name} aged ${part.label}` : selfDescribing(part) ? `${name}, ${part.label}` : `${name}, ${part.attributeLabel}: ${part.label}`),
    isAge(first.attributeId, first.attributeLabel) ? `People aged ${first.label}` : first.label,
  );
}
