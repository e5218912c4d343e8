import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';
import { defaultDoc, expectIssue, issuesOf, minimalDoc } from './scenario-documents';

describe('parseScenario: the envelope', () => {
  it('rejects a wrong format, naming the expected one', () => {
    const doc = defaultDoc();
    doc.format = 'other.tool';
    expect(issuesOf(parseScenario(doc))).toEqual([
      { path: 'format', message: 'must be "fairground.scenario" (got "other.tool"); is this a Fairground scenario file?' },
    ]);
  });

  it('rejects a future version, saying to update Fairground', () => {
    const doc = defaultDoc();
    doc.version = 7;
    expectIssue(issuesOf(parseScenario(doc)), 'version', 'this file is version 7, newer than this Fairground understands (1); update Fairground');
  });

  it('rejects a version that is not a whole number', () => {
    const doc = defaultDoc();
    doc.version = '1';
    expectIssue(issuesOf(parseScenario(doc)), 'version', 'must be a whole number');
  });

  it('rejects a value that is not an object', () => {
    expectIssue(issuesOf(parseScenario([1, 2])), '(root)', 'must be a JSON object');
  });
});

describe('parseScenario: shapes', () => {
  it('says "is required" for each missing required field', () => {
    const doc = defaultDoc();
    delete doc.name;
    delete doc.population.attributes[0].categories;
    delete doc.behaviour.conversion;
    delete doc.policies;
    const issues = issuesOf(parseScenario(doc));
    for (const path of ['name', 'population.attributes[0].categories', 'behaviour.conversion', 'policies']) expectIssue(issues, path, /^is required$/);
  });

  it('lists the valid types when an attribute, distribution or policy type is wrong or missing', () => {
    const doc = defaultDoc();
    doc.population.attributes[1].type = 'ordinal';
    doc.population.attributes[5].distribution.kind = 'poisson';
    doc.policies[0].type = 'magic';
    delete doc.policies[1].type;
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'population.attributes[1].type', 'must be one of "categorical", "numeric" (got "ordinal")');
    expectIssue(issues, 'population.attributes[5].distribution.kind', 'must be one of "normal", "lognormal", "uniform", "beta" (got "poisson")');
    expectIssue(issues, 'policies[0].type', 'must be one of "random", "rules", "propensity", "lookalike", "delivery", "fairness" (got "magic")');
    expectIssue(issues, 'policies[1].type', 'is required: one of "random", "rules"');
  });

  it('does not report uses of a malformed attribute as unknown attributes', () => {
    const doc = defaultDoc();
    doc.population.attributes[1].type = 'ordinal'; // age: used by click, price, consent, rules, audit
    delete doc.population.attributes[0].categories; // gender: used by click, price, fairness, audit
    const issues = issuesOf(parseScenario(doc));
    expect(issues.map((i) => i.path)).toEqual(['population.attributes[0].categories', 'population.attributes[1].type']);
  });

  it('names the expected kind and the value it got for a wrong type', () => {
    const doc = minimalDoc();
    doc.population.size = '100';
    doc.seed = null;
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'population.size', 'must be a number (got "100")');
    expectIssue(issues, 'seed', 'must be a text in quotes or a number (got null)');
  });

  it('rejects a population size of 0, negative, fractional or above the 10,000,000 cap', () => {
    const cases: [number, string][] = [[0, 'must be at least 1'], [-5, 'must be at least 1'], [2.5, 'must be a whole number of people'],
      [10_000_001, 'must be at most 10,000,000 people']];
    for (const [size, message] of cases) {
      const doc = minimalDoc();
      doc.population.size = size;
      expect(issuesOf(parseScenario(doc)), `size ${size}`).toEqual([{ path: 'population.size', message }]);
    }
  });

  it('rejects NaN and Infinity in objects built in code, at their paths', () => {
    const doc = minimalDoc();
    doc.behaviour.conversion.base = NaN;
    doc.population.attributes[0].weights = [1, Infinity];
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'behaviour.conversion.base', 'must be a finite number (got NaN)');
    expectIssue(issues, 'population.attributes[0].weights[1]', 'must be a finite number (got Infinity)');
  });

  it('rejects negative weights, all-zero weights and the wrong number of weights', () => {
    const doc = defaultDoc();
    doc.population.attributes[0].weights = [50, -1, 2];
    doc.population.attributes[1].weights = [0, 0, 0, 0, 0];
    doc.population.attributes[2].weights = [1, 2];
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'population.attributes[0].weights[1]', 'weights must not be negative');
    expectIssue(issues, 'population.attributes[1].weights', 'at least one weight must be positive');
    expectIssue(issues, 'population.attributes[2].weights', 'has 2 weights but the attribute has 3 categories');
  });

  it('reports a conditional table row with the wrong number of weights at its key', () => {
    const doc = defaultDoc();
    doc.population.attributes[4].table.b = [1, 2, 3];
    expect(issuesOf(parseScenario(doc))).toEqual([{ path: 'population.attributes[4].table.b', message: 'has 3 weights but the attribute has 4 categories' }]);
  });

  it('caps string lengths and says by how much', () => {
    const doc = defaultDoc();
    doc.name = 'n'.repeat(5000);
    doc.population.attributes[0].label = 'l'.repeat(1000);
    doc.population.attributes[0].id = 'i'.repeat(65);
    doc.description = 'd'.repeat(20_001);
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'name', 'must be at most 200 characters');
    expectIssue(issues, 'population.attributes[0].label', 'must be at most 160 characters');
    expectIssue(issues, 'population.attributes[0].id', 'must be at most 64 characters');
    expectIssue(issues, 'description', 'must be at most 20000 characters');
  });

  it('rejects an id with spaces, quoting it', () => {
    const doc = minimalDoc();
    doc.population.attributes[0].categories[1].id = 'has space';
    expectIssue(issuesOf(parseScenario(doc)), 'population.attributes[0].categories[1].id', '"has space" is not a valid id');
  });

  it('reports unknown fields by name', () => {
    const doc = minimalDoc();
    doc.population.colour = 'red';
    expect(issuesOf(parseScenario(doc))).toEqual([{ path: 'population.colour', message: 'unknown field' }]);
  });
});

describe('parseScenario: reserved ids', () => {
  it('rejects "__proto__", "constructor" and "prototype" as attribute or category ids', () => {
    const doc = minimalDoc();
    doc.population.attributes[0].id = '__proto__';
    doc.population.attributes[0].categories[0].id = 'constructor';
    doc.policies[0].id = 'prototype';
    const issues = issuesOf(parseScenario(doc));
    expectIssue(issues, 'population.attributes[0].id', '"__proto__" is reserved and cannot be an id');
    expectIssue(issues, 'population.attributes[0].categories[0].id', '"constructor" is reserved');
    expectIssue(issues, 'policies[0].id', '"prototype" is reserved');
  });
});
