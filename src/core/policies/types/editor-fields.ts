/**
 * A policy's options as the editor shows them: plain data (the core has no DOM), rendered by
 * `ui/editor/policies-section.ts`. Defaults are not repeated here: the editor reads them from the
 * type's schema. `help` is the one line shown under the controls.
 */
interface FieldBase {
  /** The option's key in the policy object. */
  key: string;
  label: string;
  help?: string;
  /** Shown only while another option has this value (e.g. `floor` for `constraint: min-representation`). */
  when?: { key: string; is: string };
  /** A change refreshes the policy's automatic label (fairness: base, constraint, attribute). */
  relabels?: boolean;
}

export type EditorField =
  | (FieldBase & { kind: 'number'; min?: number; max?: number; step?: number })
  | (FieldBase & { kind: 'choice'; choices: readonly { value: string; label: string }[] })
  | (FieldBase & { kind: 'check' })
  /** A targeting rule (required: a new policy starts with an empty one). */
  | (FieldBase & { kind: 'rule' })
  /** The attributes a model sees (ticks), given `useProtected`. */
  | (FieldBase & { kind: 'features' })
  /** Another policy of the scenario, one of the learned ones (required). */
  | (FieldBase & { kind: 'learned-policy' })
  /** A categorical attribute (required: a new policy starts with the first protected one). */
  | (FieldBase & { kind: 'categorical-attribute' });
