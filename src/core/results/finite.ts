/**
 * Results never carry NaN or ±Infinity: an undefined quantity is `null` (see metrics/rates.ts). A
 * non-finite number here means some input overflowed; the run fails with the path of the first one
 * (`policies[2].totals.cost`) instead of showing it as a result.
 */
import { formatPath } from '../scenario/issues';

export function assertFiniteResults(results: unknown): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: results, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`the run produced ${String(value)} at ${formatPath(path)}; the scenario's numbers overflow there`);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
      for (const [key, v] of Object.entries(value)) stack.push({ value: v, path: [...path, key] });
    }
  }
}
