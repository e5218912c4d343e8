/**
 * The dashboard's charts, one per question (docs/architecture.md §6), each with a short "what am I looking at"
 * line. `perPolicy` charts are drawn twice in the compare view (policy A and policy B side by side).
 */
export interface ChartEntry {
  tag: string;
  question: string;
  explain: string;
  perPolicy: boolean;
  /** Wide charts take a full row of the grid. */
  wide?: boolean;
  /** Drawn only for results with rounds (a market scenario). */
  rounds?: boolean;
}

export const CHARTS: readonly ChartEntry[] = [
  {
    tag: 'fg-reach-share-chart',
    question: 'Who is reached, compared with who lives here?',
    explain: 'Grey: each group’s share of the population. Blue: its share of the people the policy reached. A blue bar much shorter than the grey one means the group is left out.',
    perPolicy: true,
  },
  {
    tag: 'fg-rounds-ratio-chart',
    question: 'Day by day, who falls behind?',
    explain: 'Each line is a group’s share of the people reached so far divided by its share of the population, day by day, on a log scale; the shaded band is “within”. A line that sinks is a group the campaign reaches less and less — and, for a model that learns from its own delivery, observes less and less.',
    perPolicy: true,
    wide: true,
    rounds: true,
  },
  {
    tag: 'fg-rounds-policies-chart',
    question: 'Would another policy have left this group behind too?',
    explain: 'The group furthest from its share under the chosen policy, day by day under every policy (the chosen one drawn thicker): for a learning model, with and without exploration.',
    perPolicy: false,
    wide: true,
    rounds: true,
  },
  {
    tag: 'fg-rounds-shares-chart',
    question: 'Impressions or people: who sees the ad how often?',
    explain: 'Solid: each group’s share of the people reached so far. Dashed: its share of the day’s impressions. Dotted: its share of the population. When the solid and dashed lines part, counting impressions and counting people give different verdicts.',
    perPolicy: true,
    rounds: true,
  },
  {
    tag: 'fg-disparity-chart',
    question: 'How far is each group from a fair share?',
    explain: 'Each dot is a group’s ratio on a log scale; the shaded band (0.8–1.25 by default) is “within”. Left of the band: excluded; right: over-targeted. Lines show 95% intervals.',
    perPolicy: true,
  },
  {
    tag: 'fg-error-rates-chart',
    question: 'Are its mistakes shared fairly?',
    explain: 'Blue: the share of people who would convert that the policy reached (TPR). Red: the share of those who would not, reached anyway (FPR). Green: the share of reached people who convert (precision). Dashed lines mark the reference group; at the right, each group’s gap to it in TPR (equal opportunity) and the larger of its TPR and FPR gaps (equalised odds).',
    perPolicy: true,
    wide: true,
  },
  {
    tag: 'fg-intersection-chart',
    question: 'Which combinations of groups are hit hardest?',
    explain: 'Representation ratio for every combination of two attributes. Orange cells are under-reached, purple over-reached; hatched cells are too small to judge.',
    perPolicy: true,
  },
  {
    tag: 'fg-policy-comparison-chart',
    question: 'What does fairness cost, policy by policy?',
    explain: 'Each policy’s conversions (or cost per conversion) against its worst group’s ratio. Up and towards the band is better on both counts.',
    perPolicy: false,
    wide: true,
  },
  {
    tag: 'fg-score-distribution-chart',
    question: 'How does the model score each group?',
    explain: 'The distribution of the policy’s scores per group, with the threshold above which people were reached.',
    perPolicy: true,
  },
  {
    tag: 'fg-people-chart',
    question: 'Who are these people?',
    explain: 'A sample of people as dots, grouped; filled dots were reached. Useful for workshops: count the filled dots in each group.',
    perPolicy: true,
  },
];
