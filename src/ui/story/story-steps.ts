/**
 * A preset's narrative as steps on the dashboard, as the PAIR explorables walk a reader through
 * one idea at a time. Each step sets what the dashboard shows (policy, comparison, attribute) and
 * which chart it points at. The steps are read from the preset's own narrative and its results, so
 * a preset file stays the single place its story is written:
 *
 * 1. the setting (the scenario's description), on the overview;
 * 2. what to look at (the narrative's `lookAt`), on the policy that harms a group most, beside the
 *    random baseline, pointing at who is reached;
 * 3. what a fairness policy changes and costs, when the preset has one;
 * 4. the questions to discuss.
 *
 * In workshop mode a "predict first" step comes before the reveal: the audience guesses which group
 * the worst policy reaches least, then the answer is shown.
 */
import type { PresetSummary } from '../../core/presets';
import type { Results } from '../../core/results/types';
import { buildOverview, headlineAttribute, headlinePolicy } from '../overview/overview-model';

export interface StoryPrediction {
  question: string;
  options: string[];
  answer: string;
  /** The sentence shown on reveal. */
  reveal: string;
}

export interface StoryStep {
  title: string;
  /** Paragraphs in the narrative's light markdown. */
  text: string;
  policy: string;
  compare: string;
  attribute: string;
  /** The chart the step points at (a chart tag), or '' for the overview. */
  highlight: string;
  predict?: StoryPrediction;
  questions?: readonly string[];
}

function totalsLine(results: Results, id: string): string {
  const p = results.policies.find((q) => q.id === id);
  if (!p) return '';
  const conv = Math.round(p.totals.expectedConversions).toLocaleString('en');
  const cpc = p.totals.costPerConversion === null ? 'n/a' : p.totals.costPerConversion.toFixed(2);
  return `${conv} expected conversions at ${cpc} each`;
}

export function buildStory(preset: PresetSummary, results: Results, workshop: boolean): StoryStep[] {
  const policyId = headlinePolicy(results);
  const attribute = headlineAttribute(results);
  const baseline = results.policies.find((p) => p.type === 'random' && p.id !== policyId)?.id ?? '';
  const overview = buildOverview(results, attribute);
  const worstRow = overview.rows.find((r) => r.policy.id === policyId);
  const policyLabel = worstRow?.policy.label ?? policyId;
  const steps: StoryStep[] = [
    { title: preset.title, text: `${preset.summary} The table below sets every policy against every group.`, policy: '', compare: '', attribute, highlight: '' },
  ];
  const attributeCells = worstRow?.cells.filter((c) => c.column.kind === 'attribute' && c.ratio !== null && c.verdict !== 'too-small' && c.verdict !== 'not-comparable') ?? [];
  const least = attributeCells.reduce<(typeof attributeCells)[number] | undefined>((a, c) => (!a || (c.ratio ?? Infinity) < (a.ratio ?? Infinity) ? c : a), undefined);
  if (workshop && least && attributeCells.length > 1) {
    steps.push({
      title: 'Predict first',
      text: `Before we look: under *${policyLabel}*, which ${overview.attribute.label.toLowerCase()} group do you expect to be reached least, compared with its share of the population?`,
      policy: '', compare: '', attribute, highlight: '',
      predict: {
        question: `Which ${overview.attribute.label} group does ${policyLabel} reach least?`,
        options: attributeCells.map((c) => c.column.name),
        answer: least.column.name,
        reveal: `${least.column.name}: ${least.ratio!.toFixed(2)}× a fair share under ${policyLabel}.`,
      },
    });
  }
  steps.push({
    title: 'What to look at',
    text: preset.lookAt || `Compare each group's reach share with its population share under ${policyLabel}.`,
    policy: policyId, compare: baseline, attribute, highlight: 'fg-reach-share-chart',
  });
  const fair = results.policies.find((p) => p.type === 'fairness');
  if (fair) {
    const fairRow = overview.rows.find((r) => r.policy.id === fair.id);
    const fairWorst = fairRow?.worst ? `Its worst group is ${fairRow.worst.name} at ${fairRow.worst.ratio.toFixed(2)}×.` : `It ${overview.verb} no judged group.`;
    steps.push({
      title: 'What fairness costs',
      text: `*${fair.label}* adds a fairness constraint. ${fairWorst} It gets ${totalsLine(results, fair.id)}; ${policyLabel} gets ${totalsLine(results, policyId)}.`,
      policy: fair.id, compare: policyId === fair.id ? baseline : policyId, attribute, highlight: 'fg-policy-comparison-chart',
    });
  }
  if (preset.questions.length) {
    steps.push({ title: 'Questions to discuss', text: '', policy: policyId, compare: '', attribute, highlight: '', questions: preset.questions });
  }
  return steps;
}
