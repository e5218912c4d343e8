/** The grid of a sweep: every combination of the parameters' values (first slowest), or the listed points. */
import type { Issue } from '../scenario/issues';
import { LIMITS } from '../scenario/limits';
import type { Sweep, SweepValue } from '../scenario/types';
import { parameterValues } from './values';

export type GridResult = { ok: true; points: SweepValue[][] } | { ok: false; issues: Issue[] };

export function gridPoints(sweep: Sweep): GridResult {
  const cap = LIMITS.sweepPoints.toLocaleString('en');
  if (sweep.grid === 'points') {
    const points = sweep.points ?? [];
    if (!points.length) return { ok: false, issues: [{ path: 'sweep.points', message: 'grid "points" needs a list of points, each one value per parameter' }] };
    const issues = points.flatMap((p, i) =>
      p.length === sweep.parameters.length ? [] : [{ path: `sweep.points[${i}]`, message: `has ${p.length} values; the sweep has ${sweep.parameters.length} parameters` }],
    );
    return issues.length ? { ok: false, issues } : { ok: true, points };
  }
  if (sweep.points) return { ok: false, issues: [{ path: 'sweep.points', message: 'points are used only with grid "points"' }] };
  const lists = sweep.parameters.map(parameterValues);
  const size = lists.reduce((n, l) => n * l.length, 1);
  if (size > LIMITS.sweepPoints)
    return { ok: false, issues: [{ path: 'sweep', message: `the grid has ${size.toLocaleString('en')} points (${lists.map((l) => l.length).join(' × ')}); the limit is ${cap}` }] };
  let points: SweepValue[][] = [[]];
  for (const list of lists) points = points.flatMap((prefix) => list.map((v) => [...prefix, v]));
  return { ok: true, points };
}
