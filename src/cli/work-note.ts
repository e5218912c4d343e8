/** What the CLI says about the work a scenario asks for (the estimate of core/scenario/work-estimate). */
import type { Scenario } from '../core/scenario';
import { describeWork, estimateWork, exceedsInteractiveBudget } from '../core/scenario';

/** "Work: 100,000 people × 8 passes …" for `validate`. */
export function workLine(scenario: Scenario): string {
  return `Work: ${describeWork(estimateWork(scenario))}`;
}

/** A line to print before a run above the app's interactive budget, or undefined. */
export function largeRunNote(scenario: Scenario): string | undefined {
  const e = estimateWork(scenario);
  if (!exceedsInteractiveBudget(e)) return undefined;
  return `Large run: ${describeWork(e)}. This can take minutes; Ctrl-C stops it and leaves earlier results as they were.`;
}
