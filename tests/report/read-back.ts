/**
 * Reading a report's numbers back: every table cell with `data-field` becomes a plain `Cell`
 * (collected from a browser page or a happy-dom document), and `checkCells` compares each with
 * results.json — the exact value in `data-v`, and the printed text within its printed precision.
 * Impact ratios and unknown counts are recomputed here from the counts, by the LL144 definition.
 */
import type { GroupRow, Results } from '../../src/core/results/types';

export interface Cell {
  policy: string;
  slice: string | null;
  group: string | null;
  field: string;
  v: string | null;
  low: string | null;
  high: string | null;
  text: string;
}

/** Runs in the page (no imports): collects the cells of `root`. */
export function collectCells(root: ParentNode): Cell[] {
  const out: Cell[] = [];
  for (const cell of Array.from(root.querySelectorAll('[data-field]'))) {
    const row = cell.closest('[data-policy]');
    if (!row) continue;
    const own = cell.getAttribute('data-policy') ? cell : row;
    out.push({
      policy: own.getAttribute('data-policy') as string,
      slice: own.getAttribute('data-slice'),
      group: own.getAttribute('data-group'),
      field: cell.getAttribute('data-field') as string,
      v: cell.getAttribute('data-v'),
      low: cell.getAttribute('data-low'),
      high: cell.getAttribute('data-high'),
      text: (cell.textContent ?? '').trim(),
    });
  }
  return out;
}

/** The impact ratio worked from the rates: SR / the highest SR among the groups large enough to judge. */
function impactRatio(results: Results, groups: readonly GroupRow[], row: GroupRow): number | null {
  const pool = groups.filter((g) => g.n >= results.minGroupSize && g.n >= results.minCount);
  const rates = pool.map((g) => g.selectionRate).filter((r): r is number => r !== null);
  const highest = rates.length ? Math.max(...rates) : null;
  return row.selectionRate === null || !highest ? null : row.selectionRate / highest;
}

function findRow(results: Results, cell: Cell): GroupRow | undefined {
  return results.policies.find((p) => p.id === cell.policy)?.slices.find((s) => s.attribute === cell.slice)?.groups.find((g) => g.group === cell.group);
}

function expected(results: Results, cell: Cell): number | null | [number, number] | undefined {
  if (cell.field.startsWith('inferred.')) {
    const group = results.inferred?.find((r) => r.attribute === cell.slice)?.policies.find((p) => p.policyId === cell.policy)?.groups.find((g) => g.group === cell.group);
    return group ? (group as unknown as Record<string, number | null>)[cell.field.slice('inferred.'.length)] : undefined;
  }
  const policy = results.policies.find((p) => p.id === cell.policy);
  if (!policy) return undefined;
  if (cell.slice === null) return (policy.totals as unknown as Record<string, number | null>)[cell.field];
  const slice = policy.slices.find((s) => s.attribute === cell.slice);
  if (!slice) return undefined;
  if (cell.group === null) return cell.field === 'unknown' ? policy.totals.n - slice.groups.reduce((s, g) => s + g.n, 0) : undefined;
  const row = slice.groups.find((g) => g.group === cell.group);
  if (!row) return undefined;
  if (cell.field === 'impactRatio') return impactRatio(results, slice.groups, row);
  if (cell.field.endsWith('.spread')) {
    const s = row.spread?.[cell.field.slice(0, -'.spread'.length) as keyof NonNullable<GroupRow['spread']>];
    return s && s.low !== null && s.high !== null ? [s.low, s.high] : null;
  }
  if (cell.field.endsWith('.interval')) return row.intervals[cell.field.slice(0, -'.interval'.length) as keyof GroupRow['intervals']] ?? null;
  return (row as unknown as Record<string, number | null>)[cell.field];
}

/** Does the printed `text` show `value` (to the digits it prints)? */
export function showsValue(text: string, value: number | null): boolean {
  if (value === null) return text === 'n/a';
  const m = /^(-?[\d,]+(?:\.(\d+))?)(%|×)?$/.exec(text);
  if (!m) return false;
  const printed = Number((m[1] as string).replace(/,/g, ''));
  const decimals = m[2]?.length ?? 0;
  const scale = m[3] === '%' ? 100 : 1;
  return Math.abs(printed - value * scale) <= 0.5 * 10 ** -decimals + 1e-9;
}

function showsInterval(text: string, interval: [number, number] | null): boolean {
  if (interval === null) return text === 'n/a';
  const m = /^\[(.+), (.+)\]$/.exec(text);
  return !!m && showsValue(m[1] as string, interval[0]) && showsValue(m[2] as string, interval[1]);
}

const num = (s: string | null) => (s === null || s === 'null' ? null : Number(s));

/** Every mismatch between the cells and the results, in words (empty when all agree). */
export function checkCells(cells: readonly Cell[], results: Results, skip: ReadonlySet<string> = new Set(['claim'])): string[] {
  const problems: string[] = [];
  for (const cell of cells) {
    if (skip.has(cell.field)) continue;
    const where = `${cell.policy}/${cell.slice ?? '-'}/${cell.group ?? '-'}/${cell.field}`;
    const want = expected(results, cell);
    if (want === undefined) {
      problems.push(`${where}: no such value in results.json`);
      continue;
    }
    if (cell.field.endsWith('.interval') || cell.field.endsWith('.spread')) {
      const got = cell.low === 'null' ? null : [num(cell.low), num(cell.high)];
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${where}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      if (!showsInterval(cell.text, want as [number, number] | null)) problems.push(`${where}: prints "${cell.text}" for ${JSON.stringify(want)}`);
      continue;
    }
    const value = want as number | null;
    // The impact ratio is checked against the definition worked from the (rounded) rates, and,
    // where results.json carries it, exactly against that.
    const carried = cell.field === 'impactRatio' ? findRow(results, cell)?.impactRatio : undefined;
    const exact = cell.field === 'impactRatio'
      ? (value === null ? num(cell.v) === null : Math.abs((num(cell.v) ?? NaN) - value) < 1e-8) && (carried === undefined || num(cell.v) === carried)
      : num(cell.v) === value;
    if (!exact) problems.push(`${where}: data-v ${cell.v} ≠ ${value}`);
    if (!showsValue(cell.text, value)) problems.push(`${where}: prints "${cell.text}" for ${value}`);
  }
  return problems;
}
