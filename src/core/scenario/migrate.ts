/**
 * Migrations from older scenario versions to the current one.
 *
 * Version 0 is the pre-release draft shape that workshop pilots saved before version 1 was fixed.
 * It differs from version 1 in five places, each renamed or reshaped here:
 *
 * | version 0                                         | version 1                                   |
 * |---------------------------------------------------|---------------------------------------------|
 * | `population.people: 50000`                        | `population.size: 50000`                    |
 * | attribute `kind: "categorical" \| "numeric"`      | attribute `type: …`                         |
 * | numeric attribute `distribution.type: "normal"`   | `distribution.kind: "normal"`               |
 * | `behaviour.conversion.baseRate` (also `click`)    | `behaviour.conversion.base`                 |
 * | `campaign.reach: 5000` (people; no spend budgets) | `campaign.budget: { kind: "reach", people }`|
 *
 * Everything else is as in version 1. A migration only renames what it finds in the old shape; a
 * value of the wrong kind is passed through unchanged and the version-1 schema reports it with its
 * (new) path, so one round of fixes is enough. A field present in both old and new spelling is a
 * conflict and is reported here, because silently dropping either would change the scenario.
 */
import type { Issue } from './issues';
import { formatPath } from './issues';

export type MigrateResult = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

type Json = Record<string, unknown>;
type Step = (doc: Json, issues: Issue[]) => void;

/** STEPS[v] turns a version-v document into a version-(v + 1) document, in place. */
const STEPS: readonly Step[] = [fromDraft];

/** Migrates a document of an older version (checked by the caller: 0 ≤ version < current). */
export function migrate(value: Record<string, unknown>): MigrateResult {
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version >= STEPS.length + 1)
    return { ok: false, issues: [{ path: 'version', message: `version ${String(version)} is not a version Fairground ever wrote; this Fairground reads versions 0 to ${STEPS.length}` }] };
  // The caller has already checked the document is plain JSON (no functions, no prototype keys),
  // so a JSON round trip is a faithful deep copy and the caller's object is left untouched.
  const doc = JSON.parse(JSON.stringify(value)) as Json;
  const issues: Issue[] = [];
  for (let v = version; v < STEPS.length; v++) {
    STEPS[v]?.(doc, issues);
    doc.version = v + 1;
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: doc };
}

function fromDraft(doc: Json, issues: Issue[]): void {
  const population = doc.population;
  if (isObject(population)) {
    rename(population, 'people', 'size', ['population'], issues);
    const attributes = population.attributes;
    if (Array.isArray(attributes))
      attributes.forEach((attr, i) => {
        if (!isObject(attr)) return;
        const at = ['population', 'attributes', i];
        rename(attr, 'kind', 'type', at, issues);
        if (isObject(attr.distribution)) rename(attr.distribution, 'type', 'kind', [...at, 'distribution'], issues);
      });
  }
  const behaviour = doc.behaviour;
  if (isObject(behaviour))
    for (const part of ['conversion', 'click'] as const) {
      const section = behaviour[part];
      if (isObject(section)) rename(section, 'baseRate', 'base', ['behaviour', part], issues);
    }
  const campaign = doc.campaign;
  if (isObject(campaign) && 'reach' in campaign) {
    if ('budget' in campaign) conflict(['campaign'], 'reach', 'budget', issues);
    else {
      campaign.budget = { kind: 'reach', people: campaign.reach };
      delete campaign.reach;
    }
  }
}

function rename(obj: Json, from: string, to: string, at: (string | number)[], issues: Issue[]): void {
  if (!(from in obj)) return;
  if (to in obj) return conflict(at, from, to, issues);
  obj[to] = obj[from];
  delete obj[from];
}

function conflict(at: (string | number)[], old: string, current: string, issues: Issue[]): void {
  issues.push({
    path: formatPath([...at, old]),
    message: `a version-0 file names this "${old}"; version 1 calls it "${current}". The file has both: keep one`,
  });
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
