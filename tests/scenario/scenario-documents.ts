/** Valid scenario documents to break in tests, and a helper to read the issues a parse returns. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Issue, ParseResult } from '../../src/core/scenario';

export const defaultText = readFileSync(fileURLToPath(new URL('../../scenarios/default.json', import.meta.url)), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit arbitrary parts of a JSON document
export type Doc = any;

/** A fresh copy of the default scenario, as parsed JSON. */
export function defaultDoc(): Doc {
  return JSON.parse(defaultText);
}

/** The smallest valid scenario: one attribute, one policy, every optional section left out. */
export function minimalDoc(): Doc {
  return {
    format: 'fairground.scenario',
    version: 1,
    name: 'minimal',
    seed: 1,
    population: { size: 100, attributes: [{ id: 'g', type: 'categorical', categories: [{ id: 'a' }, { id: 'b' }], weights: [1, 1] }] },
    behaviour: { conversion: {} },
    history: { size: 10 },
    campaign: { budget: { kind: 'reach', people: 10 } },
    policies: [{ id: 'random', type: 'random' }],
  };
}

export function issuesOf(result: ParseResult): Issue[] {
  if (result.ok) throw new Error('expected the scenario to be rejected, but it parsed');
  return result.issues;
}

/** Asserts that an issue at exactly `path` has a message matching `message`. */
export function expectIssue(issues: readonly Issue[], path: string, message: RegExp | string): void {
  const atPath = issues.filter((i) => i.path === path);
  const shown = issues.map((i) => `${i.path}: ${i.message}`).join('\n');
  expect(atPath.length, `no issue at ${path}; got:\n${shown}`).toBeGreaterThan(0);
  const matches = atPath.some((i) => (typeof message === 'string' ? i.message.includes(message) : message.test(i.message)));
  expect(matches, `no issue at ${path} matching ${String(message)}; got:\n${shown}`).toBe(true);
}
