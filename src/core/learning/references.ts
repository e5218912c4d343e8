/**
 * Checks of `market.learning` against the scenario: each entry names a policy of the scenario,
 * once, and that policy fits a model (a learned scoring type: propensity, lookalike, delivery, …),
 * which can retrain on what its campaign observed.
 */
import type { Issue } from '../scenario/issues';
import { formatPath } from '../scenario/issues';
import { isLearnedScoring, learnedScoringWords } from '../policies/types/catalogue';
import type { PolicyLearning } from './types';

export function checkLearning(learning: readonly PolicyLearning[], policies: readonly { id: string; type: string }[], at: (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  learning.forEach((entry, index) => {
    const path = formatPath([...at, index, 'policy']);
    const policy = policies.find((p) => p.id === entry.policy);
    if (!policy) issues.push({ path, message: `unknown policy "${entry.policy}"` });
    else if (!isLearnedScoring(policy.type))
      issues.push({ path, message: `policy "${entry.policy}" is a ${policy.type} policy: only ${learnedScoringWords()} policies retrain on what they observed` });
    if (seen.has(entry.policy)) issues.push({ path, message: `policy "${entry.policy}" is listed twice` });
    seen.add(entry.policy);
  });
  return issues;
}
