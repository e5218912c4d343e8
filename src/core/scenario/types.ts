/** Types of a parsed scenario (defaults filled in), inferred from the schema. */
import type { z } from 'zod';
import type * as S from './schema';

export type Scenario = z.output<typeof S.Scenario>;
/** What a file may contain before defaults are filled in. */
export type ScenarioInput = z.input<typeof S.Scenario>;
export type Attribute = z.output<typeof S.Attribute>;
export type CategoricalAttribute = z.output<typeof S.CategoricalAttribute>;
export type NumericAttribute = z.output<typeof S.NumericAttribute>;
export type Distribution = z.output<typeof S.Distribution>;
export type Behaviour = z.output<typeof S.Behaviour>;
export type Effects = z.output<typeof S.Effects>;
export type GroupMap = z.output<typeof S.GroupMap>;
export type Predicate = z.output<typeof S.Predicate>;
export type Rule = z.output<typeof S.Rule>;
export type History = z.output<typeof S.History>;
export type Budget = z.output<typeof S.Budget>;
export type Campaign = z.output<typeof S.Campaign>;
export type Policy = z.output<typeof S.Policy>;
export type PolicyType = Policy['type'];
export type FairnessPolicy = Extract<Policy, { type: 'fairness' }>;
export type Audit = z.output<typeof S.Audit>;
export type Claim = z.output<typeof S.Claim>;
export type Narrative = z.output<typeof S.Narrative>;
export type Sweep = z.output<typeof S.Sweep>;
export type SweepParameter = z.output<typeof S.SweepParameter>;
export type SweepValue = z.output<typeof S.SweepValue>;
export type Market = z.output<typeof S.Market>;
export type DerivedAttribute = z.output<typeof S.DerivedAttribute>;
export type InferredAttribute = z.output<typeof S.InferredAttribute>;
export type JointAttribute = z.output<typeof S.JointAttribute>;
