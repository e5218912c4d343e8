/** peopleCsvHeader / peopleCsvLines: the per-person export, one chunk at a time. */
import { describe, expect, it } from 'vitest';
import { attributeColumn, peopleCsvHeader, peopleCsvLines } from '../../src/core/results/people-csv';
import { chunkOf, smallScenario } from '../metrics/fixtures';
import { handPopulation } from '../metrics/hand-population';

describe('peopleCsvHeader', () => {
  it('lists entity_id, the attributes, then score, selected, model_score, label_value', () => {
    expect(peopleCsvHeader(smallScenario(20))).toBe('entity_id,gender,age,income,score,selected,model_score,label_value\n');
  });
  it('renames an attribute that clashes with an export column', () => {
    expect(attributeColumn('score')).toBe('attr_score');
    expect(attributeColumn('gender')).toBe('gender');
  });
});

describe('peopleCsvLines', () => {
  const people = handPopulation().map((p, i) => ({ ...p, income: 30 + i / 7 }));
  const scenario = smallScenario(20);

  it('writes a chunk with global ids, category ids, rounded numbers, the decision twice and the label', () => {
    const chunk = chunkOf(people.slice(10, 12), 10, 1);
    const score = Float32Array.from([0.5, NaN]);
    // person 10: woman, young, income 30 + 10/7 = 31.43 → 31.4 (1 digit), reached, converts
    expect(peopleCsvLines(scenario, chunk, Uint8Array.from([1, 0]), score)).toBe(
      '10,f,young,31.4,1,1,0.5,1\n11,f,young,31.6,0,0,,1\n',
    );
  });

  it('leaves model_score empty for a policy without scores and writes nothing for an empty chunk', () => {
    const chunk = chunkOf(people.slice(18, 19), 18, 0);
    expect(peopleCsvLines(scenario, chunk, Uint8Array.from([0]), undefined)).toBe('18,x,young,32.6,0,0,,0\n');
    expect(peopleCsvLines(scenario, chunkOf([], 0, 0), new Uint8Array(0), undefined)).toBe('');
  });
});
