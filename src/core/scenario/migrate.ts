/**
 * Migrations from older scenario versions to the current one. Version 1 is the first released
 * format, so there is nothing to migrate yet; the scenario-library issue adds the draft shape.
 */
import type { Issue } from './issues';

export type MigrateResult = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

export function migrate(value: Record<string, unknown>): MigrateResult {
  return { ok: false, issues: [{ path: 'version', message: `version ${String(value.version)} is not a version Fairground ever wrote; this Fairground reads version 1` }] };
}
