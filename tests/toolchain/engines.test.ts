/**
 * `engines.node` agrees with every dependency: each package in the lockfile (installed or not, so
 * also the optional ones for other platforms) must run on every Node that package.json promises,
 * or `npm install` prints EBADENGINE there. The CLI checks the same range at start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import subset from 'semver/ranges/subset';
import { describe, expect, it } from 'vitest';
import { inNodeRange, nodeVersionProblem, SUPPORTED_NODE } from '../../src/cli/node-version';
import satisfies from 'semver/functions/satisfies';
import fc from 'fast-check';

const ROOT = resolve(import.meta.dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const pkg = readJson(join(ROOT, 'package.json')) as { engines: { node: string } };
const lock = readJson(join(ROOT, 'package-lock.json')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };

/** A package's own engines.node: from its installed package.json, else as the lockfile recorded it. */
function enginesOf(path: string): string | undefined {
  const installed = join(ROOT, path, 'package.json');
  const engines = existsSync(installed) ? (readJson(installed).engines as { node?: string } | undefined) : lock.packages[path]?.engines;
  return Array.isArray(engines) ? undefined : engines?.node;
}

describe('engines', () => {
  it("every dependency's engines.node allows every Node that package.json's engines.node allows", () => {
    const paths = Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/'));
    expect(paths.length).toBeGreaterThan(100);
    const disagree = paths.flatMap((path) => {
      const theirs = enginesOf(path);
      return theirs && !subset(pkg.engines.node, theirs) ? [`${path.slice('node_modules/'.length)}: ${theirs}`] : [];
    });
    expect(disagree).toEqual([]);
  });

  it('a range wider than the dependencies allow is caught (the check can fail)', () => {
    expect(subset('>=20.19', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(subset('^20.19.0 || ^22.13.0 || >=24', '^20.19.0 || >=22.12.0')).toBe(true);
  });

  it('the CLI checks the same range as package.json', () => {
    expect(SUPPORTED_NODE).toBe(pkg.engines.node);
  });

  it("the start-up check reads the range as semver's satisfies does, for any version (fast-check)", () => {
    const part = fc.nat({ max: 30 });
    const version = fc.oneof(
      fc.tuple(part, part, part).map(([a, b, c]) => `${a}.${b}.${c}`),
      fc.tuple(fc.constantFrom(19, 20, 21, 22, 23, 24, 25), part, part).map(([a, b, c]) => `${a}.${b}.${c}`),
      fc.tuple(fc.constantFrom(20, 22, 24), part, part, fc.constantFrom('-pre', '-rc.1', '+build', '-nightly2026')).map(([a, b, c, x]) => `${a}.${b}.${c}${x}`),
    );
    const range = fc.oneof(
      fc.constant(SUPPORTED_NODE),
      fc.tuple(fc.constantFrom('^', '>='), part, part, part).map(([op, a, b, c]) => `${op}${a + 1}.${b}.${c}`),
      fc.array(fc.tuple(part, part).map(([a, b]) => `^${a + 1}.${b}.0`), { minLength: 1, maxLength: 3 }).map((alts) => `${alts.join(' || ')} || >=${alts.length + 25}`),
    );
    fc.assert(
      fc.property(version, range, (v, r) => {
        expect(inNodeRange(v, r)).toBe(satisfies(v, r));
      }),
      { numRuns: 3000 },
    );
  });

  it('the start-up check accepts the supported versions and names the problem in one line otherwise', () => {
    for (const ok of ['20.19.0', '20.20.2', '22.13.0', '22.20.1', '24.0.0', '25.2.1']) expect(nodeVersionProblem(ok)).toBeUndefined();
    for (const old of ['18.20.4', '20.18.3', '21.7.3', '22.12.0', '23.11.0']) {
      const message = nodeVersionProblem(old);
      expect(message).toContain(`this is Node ${old}`);
      expect(message).not.toContain('\n');
    }
  });
});
