/**
 * A 20-person population whose audit is worked out by hand in known-answers.test.ts.
 *
 * Men (m) 0–9: converters 0–3; policy A reaches 0, 1, 2 (converters) and 4, 5 at prices 1–5;
 *   conversion probability 0.5 each; ages: 0–4 young, 5–9 old; all eligible.
 * Women (f) 10–17: converters 10–13; policy A reaches 10 (converter) and 14 at price 2,
 *   probability 0.25; policy B reaches 10 and 11; 16 and 17 are not eligible; 10–13 young.
 * Non-binary (x) 18 (young), 19 (old): no converters, never reached, eligible.
 */
import type { Person } from './fixtures';

export function handPopulation(): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < 10; i++) {
    const reachedA = [0, 1, 2, 4, 5].includes(i);
    people.push({
      gender: 1,
      age: i < 5 ? 0 : 1,
      converts: i < 4 ? 1 : 0,
      prob: 0.5,
      price: reachedA ? [1, 2, 3, 0, 4, 5][i] as number : 10,
      eligible: 1,
      selected: [reachedA ? 1 : 0, 0],
      score: [i / 10, NaN],
    });
  }
  for (let i = 10; i < 18; i++) {
    people.push({
      gender: 0,
      age: i < 14 ? 0 : 1,
      converts: i < 14 ? 1 : 0,
      prob: 0.25,
      price: 2,
      eligible: i < 16 ? 1 : 0,
      selected: [i === 10 || i === 14 ? 1 : 0, i === 10 || i === 11 ? 1 : 0],
      score: [i / 20, NaN],
    });
  }
  people.push({ gender: 2, age: 0, converts: 0, prob: 0.1, price: 3, eligible: 1, selected: [0, 0], score: [1, NaN] });
  people.push({ gender: 2, age: 1, converts: 0, prob: 0.1, price: 3, eligible: 1, selected: [0, 0], score: [1, NaN] });
  return people;
}
