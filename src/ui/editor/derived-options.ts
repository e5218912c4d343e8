/**
 * The draft's derived attributes (`derived`: inferred and joint, issue 15) as attribute options
 * for the controls that may name them: the audited attributes and a fairness constraint's
 * attribute. Never for rules or model features — they exist only after the people are generated.
 * An inferred attribute counts as protected (it is audited by default, as in the engine).
 */
import type { Draft } from './draft';
import type { AttrLike } from './group-values';

export function derivedOptions(draft: Draft): (AttrLike & { protected: boolean })[] {
  const list = (draft as { derived?: unknown }).derived;
  if (!Array.isArray(list)) return [];
  return list.flatMap((d: { id?: unknown; label?: unknown; kind?: unknown }) =>
    typeof d?.id === 'string' && d.id
      ? [{ id: d.id, label: typeof d.label === 'string' && d.label ? d.label : d.id, type: 'categorical', protected: d.kind === 'inferred' }]
      : [],
  );
}
