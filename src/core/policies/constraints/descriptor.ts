/**
 * What a fairness constraint is, in one place: its name, its options in the fairness policy (a
 * piece of the scenario schema), how it selects, its reference checks, its editor fields and its
 * one line of documentation. `index.ts` lists them; the fairness policy type is built from the list.
 */
import type { z } from 'zod';
import type { CategoricalRef, EditorField, ReferenceKit } from '../types/descriptor';
import type { ConstraintInput, ConstraintOutcome } from './input';

export interface ConstraintDescriptor<Name extends string = string, Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** Its `constraint` value in a fairness policy. */
  readonly name: Name;
  /** What it means, in the editor's words (one line). */
  readonly label: string;
  /** Its one line of documentation: "… so that <summary> across <attribute> groups" (the report). */
  readonly summary: string;
  /** Its options in the fairness policy; the editor reads their defaults from here. */
  readonly options: Shape;
  readonly editor: readonly EditorField[];
  /** Checks of its options against the attribute's groups (`groups` undefined when unreadable). */
  readonly references?: (options: z.output<z.ZodObject<Shape>>, groups: CategoricalRef | undefined, kit: ReferenceKit) => void;
  readonly run: (input: ConstraintInput<z.output<z.ZodObject<Shape>>>) => Promise<ConstraintOutcome>;
}

export function defineConstraint<Name extends string, Shape extends z.ZodRawShape>(
  descriptor: ConstraintDescriptor<Name, Shape>,
): ConstraintDescriptor<Name, Shape> {
  return descriptor;
}
