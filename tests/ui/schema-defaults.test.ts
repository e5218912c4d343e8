/** The editor's placeholders come from the scenario schema's defaults (ui/editor/schema-defaults.ts). */
import { describe, expect, it } from 'vitest';
import { defaultPlaceholder, schemaDefaultAt } from '../../src/ui/editor/schema-defaults';

describe('schemaDefaultAt', () => {
  it('finds the defaults the schema documents, through nested and defaulted objects', () => {
    expect(schemaDefaultAt(['audit', 'band', 'low'])).toBe(0.8);
    expect(schemaDefaultAt(['audit', 'band', 'high'])).toBe(1.25);
    expect(schemaDefaultAt(['audit', 'minGroupSize'])).toBe(30);
    expect(schemaDefaultAt(['audit', 'replicates'])).toBe(1);
    expect(schemaDefaultAt(['audit', 'multiplicity'])).toBe('holm');
    expect(schemaDefaultAt(['behaviour', 'click', 'base'])).toBe(0.05);
    expect(schemaDefaultAt(['behaviour', 'price', 'base'])).toBe(1);
    expect(schemaDefaultAt(['behaviour', 'price', 'noise'])).toBe(0);
    expect(schemaDefaultAt(['behaviour', 'consent', 'base'])).toBe(1);
    expect(schemaDefaultAt(['behaviour', 'observation', 'noise'])).toBe(0);
  });

  it('gives nothing for a required field, an unknown key or a path through a non-object', () => {
    expect(schemaDefaultAt(['population', 'size'])).toBeUndefined();
    expect(schemaDefaultAt(['audit', 'nope'])).toBeUndefined();
    expect(schemaDefaultAt(['audit', 'minGroupSize', 'deeper'])).toBeUndefined();
    expect(schemaDefaultAt(['policies', 0])).toBeUndefined();
    expect(defaultPlaceholder(['audit', 'multiplicity'])).toBeUndefined(); // not a number
    expect(defaultPlaceholder(['audit', 'band', 'high'])).toBe('1.25');
  });
});
