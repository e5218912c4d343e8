/** The fields every policy has, and the options (with their editor fields) every learned policy shares. */
import { z } from 'zod';
import { LIMITS } from '../../scenario/limits';
import { finite, id, label } from '../../scenario/schema-fields';
import type { EditorField } from './editor-fields';

export const policyBase = { id: id(), label: label().optional(), description: label().optional() };
export const features = () => z.array(id()).min(1).max(LIMITS.attributes).optional();
export const useProtected = () => z.boolean().default(false);
export const l2 = () => finite().min(0).max(1e6).default(1);

/** The editor fields of a learned policy's model, with `extra` (its own options) after the penalty. */
export function modelFields(extra: readonly EditorField[] = []): EditorField[] {
  return [
    { kind: 'check', key: 'useProtected', label: 'May use protected attributes', help: 'Off: the model never sees protected attributes such as gender or age (it may still see proxies of them).' },
    { kind: 'number', key: 'l2', label: 'Caution against over-fitting (L2 penalty)', help: 'Higher values keep the model’s weights small, so it leans less on any single feature. 1 is the default; 0 turns it off.', min: 0, step: 0.1 },
    ...extra,
    { kind: 'features', key: 'features', label: 'Features the model sees', help: 'Unticking one drops it from the model: data minimisation. A model needs at least one.' },
  ];
}
