/** The `market.learning` entries as the engine reads them (validated by scenario/schema-learning.ts). */
import type { z } from 'zod';
import type { Exploration as ExplorationSchema, PolicyLearning as PolicyLearningSchema } from '../scenario/schema-learning';

export type Exploration = z.output<typeof ExplorationSchema>;
export type PolicyLearning = z.output<typeof PolicyLearningSchema>;
