/**
 * Per-chunk audit counts that merge by addition. For each policy and each cell (the overall row,
 * then every group of every slice) seven numbers are kept, at
 * `counts[(policy * cellCount + cell) * FIELD_COUNT + field]`.
 *
 * The integer fields are exact whatever the chunking. The two float fields (Σ conversion
 * probability, Σ price) are summed person by person within a chunk and then chunk by chunk in
 * chunk order, so the fixed engine chunking gives bit-identical results; a different partition of
 * the same people changes them only in the last bits (relative error ~1e-15 per addition).
 */
import type { PopulationChunk } from '../population/chunk';
import type { AuditPlan } from './plan';
import { own } from '../records/own';
import { countOnes, onesAt, personIndices } from '../engine/person-masks';
import { addCodes, jointCells, personJoints } from './joint-cells';
import type { JointCells } from './joint-cells';

export const FIELD = {
  n: 0,
  eligible: 1,
  reached: 2,
  positives: 3,
  truePositives: 4,
  expectedConversions: 5,
  cost: 6,
} as const;
export const FIELD_COUNT = 7;

/** The columns of a chunk the audit reads. */
export type AuditedPeople = Pick<PopulationChunk, 'size' | 'codes' | 'converts' | 'conversionProb' | 'price'>;

/** Cell index of every person for every slice: one Int32Array per slice (in `into` when given and long enough). */
export function sliceCells(plan: AuditPlan, people: Pick<AuditedPeople, 'size' | 'codes'>, into?: Int32Array[]): Int32Array[] {
  return plan.slices.map((slice, s) => {
    const reuse = into?.[s];
    const cells = reuse && reuse.length >= people.size ? reuse.subarray(0, people.size) : new Int32Array(people.size);
    cells.fill(slice.offset);
    let stride = 1;
    for (let k = slice.attributes.length - 1; k >= 0; k--) {
      const id = slice.attributes[k] as string;
      const codes = own(people.codes, id);
      if (!codes) throw new Error(`audit: chunk has no column for attribute "${id}"`);
      addCodes(cells, codes, stride, people.size);
      stride *= slice.radices[k] as number;
    }
    return cells;
  });
}

/**
 * Scratch columns reused from chunk to chunk (a worker runs one task at a time): fresh large typed
 * arrays per chunk cost more than the counting itself (zeroed pages, garbage collection).
 */
const scratch: { cells: Int32Array[]; joints: Int32Array; reached: Int32Array } = {
  cells: [],
  joints: new Int32Array(0),
  reached: new Int32Array(0),
};

/**
 * Where each person is counted: slice s's cell of person i is cellOf[s][key[i]]. With joint cells
 * (joint-cells.ts) the key is the person's joint cell and cellOf the joint → slice cell tables;
 * otherwise the key is the person's own index and cellOf the per-person cells of each slice.
 */
export interface PersonCells {
  readonly key: Int32Array;
  readonly cellOf: readonly Int32Array[];
  readonly joint: JointCells | null;
}

/** The chunk's PersonCells (in scratch columns reused by the next chunk). */
export function personCells(plan: AuditPlan, people: Pick<AuditedPeople, 'size' | 'codes'>, joint = jointCells(plan)): PersonCells {
  const n = people.size;
  if (joint) {
    if (scratch.joints.length < n) scratch.joints = new Int32Array(n);
    return { key: personJoints(joint, people.codes, n, scratch.joints), cellOf: joint.sliceCell, joint };
  }
  return { key: personIndices(n), cellOf: (scratch.cells = sliceCells(plan, people, scratch.cells)), joint: null };
}

/**
 * Counts of one chunk. `eligible` undefined means everyone is eligible; `selections[p]` is policy
 * p's selected mask (1 = reached).
 */
export function countChunk(
  plan: AuditPlan,
  people: AuditedPeople,
  eligible: Uint8Array | undefined,
  selections: readonly Uint8Array[],
  /** Per policy, what was paid for each person (a market's campaigns); else the person's price. */
  costs?: readonly (Float64Array | undefined)[],
  cells: PersonCells = personCells(plan, people),
): Float64Array {
  const C = plan.cellCount;
  const out = new Float64Array(selections.length * C * FIELD_COUNT);
  const { converts, size } = people;
  // n, eligible, positives per cell: the same for every policy, and whole numbers (exact in any
  // order). One loop over the joint cells whose sums make every cell's; or cell 0 (overall) holds
  // everyone and one tight loop per slice.
  const base = new Float64Array(C * 3);
  if (cells.joint) {
    // Every cell is a sum of joint cells: the overall cell (0) of all of them, a slice's of its own.
    const byJoint = new Float64Array(cells.joint.count * 3);
    addBase(byJoint, cells.key, eligible, converts, size);
    addJointBase(base, byJoint, new Int32Array(cells.joint.count));
    for (const cellOf of cells.cellOf) addJointBase(base, byJoint, cellOf);
  } else {
    base[0] = size;
    base[1] = eligible ? countOnes(eligible, size) : size;
    base[2] = countOnes(converts, size);
    for (const c of cells.cellOf) addBase(base, c, eligible, converts, size);
  }
  if (scratch.reached.length < size) scratch.reached = new Int32Array(size);
  const reached = scratch.reached;
  selections.forEach((selected, p) => {
    const block = p * C * FIELD_COUNT;
    for (let cell = 0; cell < C; cell++) {
      const at = block + cell * FIELD_COUNT;
      out[at + FIELD.n] = base[cell * 3] as number;
      out[at + FIELD.eligible] = base[cell * 3 + 1] as number;
      out[at + FIELD.positives] = base[cell * 3 + 2] as number;
    }
    const count = onesAt(selected, reached, size);
    addReached(out, block, reached, count, cells.key, cells.cellOf, converts, people.conversionProb, costs?.[p] ?? people.price);
  });
  return out;
}

// The loops of countChunk, each in a function of its own (V8 optimises each on its own).

function addBase(base: Float64Array, c: Int32Array, eligible: Uint8Array | undefined, converts: Uint8Array, size: number): void {
  if (eligible)
    for (let i = 0; i < size; i++) {
      const at = (c[i] as number) * 3;
      base[at]! += 1;
      base[at + 1]! += eligible[i] as number;
      base[at + 2]! += converts[i] as number;
    }
  else
    for (let i = 0; i < size; i++) {
      const at = (c[i] as number) * 3;
      base[at]! += 1;
      base[at + 1]! += 1;
      base[at + 2]! += converts[i] as number;
    }
}

/** Adds each joint cell's three base counts into the slice cell it falls in. */
function addJointBase(base: Float64Array, byJoint: Float64Array, cellOf: Int32Array): void {
  for (let j = 0; j < cellOf.length; j++) {
    const at = (cellOf[j] as number) * 3;
    base[at]! += byJoint[j * 3] as number;
    base[at + 1]! += byJoint[j * 3 + 1] as number;
    base[at + 2]! += byJoint[j * 3 + 2] as number;
  }
}

/**
 * Person by person, each of the person's cells (overall, then one per slice): every cell still
 * sums its people's conversion probabilities and prices in person order. The columns come as
 * arguments, not read from the chunk and cells objects, whose shapes V8 would otherwise tie the
 * compiled loop to (and throw it away when one changes).
 */
function addReached(
  out: Float64Array,
  block: number,
  reached: Int32Array,
  count: number,
  key: Int32Array,
  cellOf: readonly Int32Array[],
  converts: Uint8Array,
  conversionProb: Float32Array,
  price: Float64Array,
): void {
  const slices = cellOf.length;
  for (let k = 0; k < count; k++) {
    const i = reached[k] as number;
    const converted = converts[i] as number;
    const prob = conversionProb[i] as number;
    const cost = price[i] as number;
    const person = key[i] as number;
    for (let s = -1; s < slices; s++) {
      const at = block + (s < 0 ? 0 : ((cellOf[s] as Int32Array)[person] as number)) * FIELD_COUNT;
      out[at + FIELD.reached]! += 1;
      out[at + FIELD.truePositives]! += converted;
      out[at + FIELD.expectedConversions]! += prob;
      out[at + FIELD.cost]! += cost;
    }
  }
}

/** Element-wise sum of equally long arrays, in the order given (chunk order). */
export function mergeByAddition(parts: readonly Float64Array[]): Float64Array {
  const first = parts[0];
  if (!first) return new Float64Array(0);
  const out = new Float64Array(first.length);
  for (const part of parts) {
    if (part.length !== out.length) throw new Error('audit: chunk counts differ in length');
    for (let k = 0; k < out.length; k++) out[k]! += part[k] as number;
  }
  return out;
}
