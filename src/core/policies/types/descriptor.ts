/**
 * What a policy type is, in one place: its part of the scenario schema, how it scores people, its
 * consent rule, its reference checks, its editor fields and its one line of documentation. The
 * scenario schema, the registry, the reference checks and the editor are built from the list of
 * descriptors in `index.ts`.
 *
 * A descriptor reaches the engine only through the kits below (handed to it by the registry and
 * the reference checks), so this folder depends on nothing that depends on the scenario schema:
 * the schema can be built from it without an import cycle.
 */
import type { z } from 'zod';
import type { Rule } from '../../scenario/schema-rule';
import type { EditorField } from './editor-fields';
import type { StoreKey } from '../../engine/chunk-store';

export type { EditorField } from './editor-fields';

/** What a model predicts: conversion (propensity), click (delivery) or seed membership (lookalike). */
export type ModelTarget = 'conversion' | 'click' | 'seed';

/** A learned policy's model: features, penalty, what it predicts, from which rows, and how it scores. */
export interface ModelSpec {
  features: string[];
  l2: number;
  target: ModelTarget;
  /** History rows labelled by recorded conversion or by click; or a seed audience (label 1) vs a random sample (label 0). */
  training: { kind: 'history'; label: 'recorded' | 'click' } | { kind: 'seed'; seedKey: StoreKey<Uint8Array>; sampleSize: number };
  /** Score = p̂ per unit price (auction delivery) rather than p̂. */
  perPrice: boolean;
}

/**
 * How a scoring type scores the campaign's candidates (eligible people; only the consenting ones
 * when the type uses personal data). `Scored` is the registry's own result, passed through.
 */
export interface ScoringKit<Scored> {
  /** A uniform draw per candidate (random among them); with `rule`, only the people it matches are candidates. */
  draw(options?: { rule?: Rule; noneNote?: string }): Promise<Scored>;
  /** Fits the model once on the chunks and scores every candidate by its prediction. */
  fitAndScore(model: ModelSpec): Promise<Scored>;
  /** The attributes a model sees: the policy's own `features`, or all it may use. */
  features(policy: { features?: string[] | undefined; useProtected: boolean }): string[];
  /** Store key of a seed audience: the history's recorded converters, or the people `rule` matches. */
  seedAudience(rule: Rule | undefined): Promise<StoreKey<Uint8Array>>;
}

type Path = readonly (string | number)[];

/** A categorical attribute as the reference checks see it. */
export interface CategoricalRef {
  id: string;
  categories: { id: string }[];
}

/** What a type's reference checks may ask of the whole scenario; paths are relative to the policy. */
export interface ReferenceKit {
  add(path: Path, message: string): void;
  /** Checks that a rule names known attributes and categories. */
  rule(rule: Rule, path: Path): void;
  /** Checks a model's feature list: known attributes, a protected one only with useProtected. */
  features(features: readonly string[] | undefined, useProtected: boolean, path: Path): void;
  /** The categorical attribute `id` (an issue when it is unknown or numeric; undefined when unreadable). */
  categorical(id: string, path: Path): CategoricalRef | undefined;
  /** Another policy of the scenario. */
  policy(id: string): { id: string; type: string } | undefined;
  /** Whether a fairness constraint can wrap a policy of `type` (a learned scoring type); undefined for an unknown type. */
  wraps(type: string): boolean | undefined;
  /** The types it can wrap, in words: "propensity, lookalike or delivery". */
  readonly wrappable: string;
}

export type PolicySchema = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape, z.core.$strict>;

/** The `type` literal of a policy schema. */
type TypeOf<Schema> = Schema extends z.ZodObject<infer Shape> ? (Shape extends { type: z.ZodLiteral<infer T> } ? T : string) : string;

export interface PolicyDescriptor<Schema extends PolicySchema = PolicySchema> {
  /** The `type` of its policies in a scenario file. */
  readonly type: TypeOf<Schema>;
  /** Its policies' part of the scenario schema (options, ranges, defaults). */
  readonly schema: Schema;
  /** Its name for people, and one line of documentation (editor, report). */
  readonly label: string;
  readonly summary: string;
  /**
   * Its consent rule: a type that uses personal data (a model) scores only people who consented
   * to personal-data targeting; one that does not (random, rules) may reach everyone eligible.
   */
  readonly usesPersonalData: boolean;
  /** It fits a model: a fairness constraint can wrap it, and replicates re-fit it. */
  readonly learned: boolean;
  /** How it scores people; absent for a type that re-selects another policy's scores (fairness). */
  readonly score?: <Scored>(kit: ScoringKit<Scored>, policy: z.output<Schema>) => Promise<Scored>;
  /** Checks of what it names (attributes, categories, other policies), beyond the schema's shapes. */
  readonly references?: (policy: z.output<Schema>, kit: ReferenceKit) => void;
  /** Its options in the editor, in order. */
  readonly editor: readonly EditorField[];
}

/** Declares a policy type (keeps the schema's own type in the descriptor). */
export function definePolicyType<Schema extends PolicySchema>(descriptor: PolicyDescriptor<Schema>): PolicyDescriptor<Schema> {
  return descriptor;
}
