import { describe, expect, it } from 'vitest';
import { LIMITS, parseScenarioText } from '../../src/core/scenario';
import { defaultText, expectIssue, issuesOf } from './scenario-documents';

describe('parseScenarioText: text that is not a scenario', () => {
  it('reports text that is not JSON with the line and column of the mistake', () => {
    const issues = issuesOf(parseScenarioText('{\n  "format": "fairground.scenario",\n  oops: 1\n}'));
    expect(issues).toHaveLength(1);
    expectIssue(issues, '(root)', /^not valid JSON: .*\(line 3, column 3\)$/);
  });

  it('reports a trailing comma at its line and column', () => {
    expectIssue(issuesOf(parseScenarioText('{"a": 1,\n}')), '(root)', '(line 2, column 1)');
  });

  it('reports an empty file as empty rather than as a JSON error', () => {
    expectIssue(issuesOf(parseScenarioText('  \n')), '(root)', /^the file is empty/);
  });

  it('rejects a file over the size cap before parsing, stating the cap', () => {
    const text = `${defaultText}${' '.repeat(LIMITS.fileBytes)}`;
    const issues = issuesOf(parseScenarioText(text));
    expect(issues).toHaveLength(1);
    expectIssue(issues, '(root)', /the limit is 1,000,000$/);
  });

  it('returns an issue, without throwing, for 100,000 nested arrays', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const issues = issuesOf(parseScenarioText(text));
    expect(issues).toEqual([{ path: '(root)', message: `nested deeper than ${LIMITS.depth} levels at line 1, column 25; a scenario needs about 8` }]);
  });

  it('counts brackets inside strings as text, not nesting', () => {
    const text = defaultText.replace('"name": "Warehouse supervisor job ad"', `"name": "${'['.repeat(100)}"`);
    expect(parseScenarioText(text).ok).toBe(true);
  });

  it('reports a literal too large for a number (1e999 becomes Infinity) at its path', () => {
    const issues = issuesOf(parseScenarioText(defaultText.replace('"base": 4', '"base": 1e999')));
    expect(issues).toEqual([{ path: 'behaviour.price.base', message: 'must be a finite number (got Infinity)' }]);
  });

  it('rejects __proto__ and constructor keys that JSON.parse turns into own properties', () => {
    const text = defaultText.replace('"seed":', '"__proto__": { "polluted": true }, "constructor": 1, "seed":')
      .replace('"size": 20000', '"size": 20000, "__proto__": 1');
    const issues = issuesOf(parseScenarioText(text));
    expectIssue(issues, '__proto__', '"__proto__" is not allowed as a key');
    expectIssue(issues, 'constructor', '"constructor" is not allowed as a key');
    expectIssue(issues, 'history.__proto__', 'not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parses the default scenario file', () => {
    const result = parseScenarioText(defaultText);
    expect(result.ok && result.scenario.population.size).toBe(100_000);
  });
});
