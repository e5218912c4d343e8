/** The values one sweep parameter takes: its list, or its range expanded. */
import type { SweepParameter, SweepValue } from '../scenario/types';

/** Range values are rounded to 12 significant digits, so 0.1 + 2 × 0.1 reads 0.3 in every table. */
const DIGITS = 12;

export function rangeValues(range: NonNullable<SweepParameter['range']>): number[] {
  const { from, to, steps, scale, integer } = range;
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    const t = i / (steps - 1);
    const raw = scale === 'log' ? Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from))) : from + t * (to - from);
    const exact = i === 0 ? from : i === steps - 1 ? to : raw;
    const v = integer ? Math.round(exact) : Number(exact.toPrecision(DIGITS));
    out.push(v === 0 ? 0 : v);
  }
  return out;
}

export function parameterValues(parameter: SweepParameter): SweepValue[] {
  return parameter.values ?? (parameter.range ? rangeValues(parameter.range) : []);
}
