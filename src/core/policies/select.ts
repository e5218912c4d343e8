/** Every policy spends the same campaign budget through the one global selection. */
import type { StoreKey } from '../engine/chunk-store';
import { selectedKey } from '../engine/store-keys';
import type { SelectionRequest, SelectionResult } from '../selection';
import { selectTop } from '../selection';
import type { PolicyContext } from './context';

export function selectForPolicy(
  ctx: PolicyContext,
  policyId: string,
  scoreKey: StoreKey<Float32Array>,
  options: { tieStream?: string; outKey?: StoreKey<Uint8Array> } & Partial<Pick<SelectionRequest, 'groups' | 'weights' | 'budget'>> = {},
): Promise<SelectionResult> {
  const { tieStream, outKey, budget, ...rest } = options;
  return selectTop(
    ctx.runner,
    {
      scoreKey,
      outKey: outKey ?? selectedKey(policyId),
      budget: budget ?? ctx.budget,
      tieStream: tieStream ?? policyId,
      ...rest,
    },
    ctx.signal,
  );
}
