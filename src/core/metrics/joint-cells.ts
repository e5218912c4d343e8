/**
 * The audit's joint cells: each person's combination of categories of every audited attribute
 * (the attributes of all slices together), when there are few combinations — 90 for gender × age ×
 * ethnicity × disability. Counting a person once into their joint cell replaces counting them once
 * per slice; every slice's cell is then the sum of the joint cells it covers. The counts summed
 * that way are whole numbers (exact in doubles in any order), so they equal the per-slice counts
 * bit for bit. Float sums (Σ probability, Σ price) are still added person by person per slice cell
 * (counts.ts), in person order.
 */
import type { AuditPlan } from './plan';
import { own } from '../records/own';

/** Most joint cells counted this way; more combinations are counted slice by slice. */
export const MAX_JOINT_CELLS = 256;

export interface JointCells {
  /** The attributes, in order of first use by the plan's slices, and their category counts. */
  readonly attributes: readonly string[];
  readonly radices: readonly number[];
  /** Joint cells: the product of the radices (the last attribute varies fastest). */
  readonly count: number;
  /** Per slice of the plan: joint cell → the slice's cell (the plan's cell numbering). */
  readonly sliceCell: readonly Int32Array[];
}

const joints = new WeakMap<AuditPlan, JointCells | null>();

/** The plan's joint cells, or null when there are more than MAX_JOINT_CELLS. */
export function jointCells(plan: AuditPlan): JointCells | null {
  const cached = joints.get(plan);
  if (cached !== undefined) return cached;
  const attributes: string[] = [];
  const radices: number[] = [];
  for (const slice of plan.slices)
    slice.attributes.forEach((id, k) => {
      if (attributes.includes(id)) return;
      attributes.push(id);
      radices.push(slice.radices[k] as number);
    });
  const count = radices.reduce((a, b) => a * b, 1);
  const made = count > MAX_JOINT_CELLS ? null : { attributes, radices, count, sliceCell: plan.slices.map((slice) => sliceCells(slice, attributes, radices, count)) };
  joints.set(plan, made);
  return made;
}

/** For each joint cell, the cell of `slice` it falls in (cell index as the plan numbers it). */
function sliceCells(slice: AuditPlan['slices'][number], attributes: readonly string[], radices: readonly number[], count: number): Int32Array {
  const out = new Int32Array(count);
  const code = new Array<number>(attributes.length).fill(0);
  for (let j = 0; j < count; j++) {
    // Decode j (last attribute fastest), then encode the slice's own attributes the same way.
    for (let a = attributes.length - 1, rest = j; a >= 0; a--) {
      code[a] = rest % (radices[a] as number);
      rest = Math.floor(rest / (radices[a] as number));
    }
    let cell = 0;
    slice.attributes.forEach((id, k) => (cell = cell * (slice.radices[k] as number) + (code[attributes.indexOf(id)] as number)));
    out[j] = slice.offset + cell;
  }
  return out;
}

/** Every person's joint cell, into `into` (at least n long). */
export function personJoints(joint: JointCells, codes: Record<string, Uint8Array>, n: number, into: Int32Array): Int32Array {
  const cells = into.subarray(0, n).fill(0);
  let stride = 1;
  for (let a = joint.attributes.length - 1; a >= 0; a--) {
    const id = joint.attributes[a] as string;
    const column = own(codes, id);
    if (!column) throw new Error(`audit: chunk has no column for attribute "${id}"`);
    addCodes(cells, column, stride, n);
    stride *= joint.radices[a] as number;
  }
  return cells;
}

/** cells[i] += codes[i] × stride: one attribute's digit of every person's cell index. */
export function addCodes(cells: Int32Array, codes: Uint8Array, stride: number, size: number): void {
  for (let i = 0; i < size; i++) cells[i]! += (codes[i] as number) * stride;
}

const attributeTables = new WeakMap<JointCells, Int32Array[]>();

/**
 * Per attribute slice, joint cell → its cell in the score histograms' numbering (the attribute
 * slices' cells counted from 0, histogram.ts).
 */
export function jointAttributeCells(plan: AuditPlan, joint: JointCells): Int32Array[] {
  const cached = attributeTables.get(joint);
  if (cached) return cached;
  const tables: Int32Array[] = [];
  let first = 0;
  plan.slices.forEach((slice, s) => {
    if (slice.kind !== 'attribute') return;
    const shift = first - slice.offset;
    tables.push((joint.sliceCell[s] as Int32Array).map((cell) => cell + shift));
    first += slice.groupIds.length;
  });
  attributeTables.set(joint, tables);
  return tables;
}

/** out[at + cellOf[j] × bins + b] += counts[j × bins + b] for every table: joint counts into slice cells. */
export function addJointBins(out: Float64Array, at: number, counts: Int32Array, tables: readonly Int32Array[], bins: number): void {
  for (const cellOf of tables)
    for (let j = 0; j < cellOf.length; j++) {
      const to = at + (cellOf[j] as number) * bins;
      const from = j * bins;
      for (let b = 0; b < bins; b++) out[to + b]! += counts[from + b] as number;
    }
}
