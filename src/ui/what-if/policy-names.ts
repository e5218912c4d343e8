/**
 * Readable names for policies a what-if or the editor creates, and plain words for the fairness
 * constraints: a new policy never reaches the dashboard as an empty name or a bare id.
 */

export const CONSTRAINT_WORDS: Record<string, { name: string; short: string }> = {
  'demographic-parity': {
    name: 'demographic parity',
    short: 'every group of the attribute is reached at the same rate.',
  },
  'equal-opportunity': {
    name: 'equal opportunity',
    short: 'people who would convert are reached at the same rate in every group.',
  },
  'min-representation': {
    name: 'minimum representation',
    short: 'every group gets at least a set fraction (the floor) of its fair share.',
  },
  'variance-reduction': {
    name: 'balanced mix',
    short: 'the mix of people reached stays close to the mix of eligible people (within the tolerance).',
  },
};

/** "Platform delivery + demographic parity by Gender". */
export function fairnessLabel(baseLabel: string, constraint: string, attributeLabel: string): string {
  return `${baseLabel} + ${CONSTRAINT_WORDS[constraint]?.name ?? constraint} by ${attributeLabel}`;
}

/** `stem`, or `stem-2`, `stem-3`, … when taken. */
export function uniqueId(stem: string, taken: readonly string[]): string {
  const clean = stem.replace(/[^A-Za-z0-9_.+-]+/g, '-').replace(/^[.+-]+/, '').slice(0, 60) || 'policy';
  if (!taken.includes(clean)) return clean;
  for (let n = 2; ; n++) if (!taken.includes(`${clean}-${n}`)) return `${clean}-${n}`;
}
