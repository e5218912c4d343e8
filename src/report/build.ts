/**
 * The audit report: results + the scenario they came from + an optional sign-off → one
 * self-contained HTML document (inline CSS and SVG, no script that runs, no external reference; a
 * Content-Security-Policy that forbids every fetch). The CLI writes it to disk, the app downloads
 * it; both call this.
 */
import { evaluateClaims } from '../core/presets/claims';
import { scenarioHash } from '../core/results/hash';
import { resultsToJson } from '../core/results/json';
import type { Results } from '../core/results/types';
import type { Scenario } from '../core/scenario/types';
import { costComparisons, fairnessBases } from './cost-of-fairness';
import { summariseFindings } from './findings';
import { el, jsonForScript, raw, render } from './html';
import { levellingDownChecks } from './levelling-down';
import { PAYLOAD_ID, REPORT_FORMAT, REPORT_VERSION, type ReportPayload } from './payload';
import { claimsSection } from './sections/claims';
import { fairnessSection } from './sections/fairness';
import { impactSection } from './sections/impact';
import { inferredSection } from './sections/inferred';
import { inventorySection } from './sections/inventory';
import { policiesSection } from './sections/policies';
import { provenanceSection } from './sections/provenance';
import { signOffSection } from './sections/sign-off';
import { summarySection } from './sections/summary';
import { signedThisScenario, type SignOff } from './sign-off';
import { REPORT_CSS } from './styles';

export interface ReportInput {
  scenario: Scenario;
  /** Results of a run of `scenario` (their scenario hash must match it). */
  results: Results;
  signOff?: SignOff;
  /** When the report was made, e.g. an ISO timestamp. */
  generated: string;
}

/** No fetch of any kind: styles and images are inline, scripts do not run. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const TOC: [string, string][] = [
  ['summary', 'Summary of findings'], ['provenance', 'Provenance'], ['inventory', 'Data inventory'], ['policies', 'The policies'],
  ['impact', 'Impact ratios and error rates'], ['fairness', 'The cost of fairness'], ['claims', 'Claims and limits'], ['sign-off', 'Sign-off'],
];

export function buildReport(input: ReportInput): string {
  const { scenario, signOff, generated } = input;
  // Numbers exactly as results.json writes them (10 significant digits), so every number in the
  // report can be checked against that file.
  const results = JSON.parse(resultsToJson(input.results)) as Results;
  const hash = scenarioHash(scenario);
  if (hash !== results.scenario.hash)
    throw new Error(`the results are of scenario ${results.scenario.hash}, not of this scenario (${hash})`);
  const bases = fairnessBases(scenario);
  const summary = summariseFindings(results);
  const levelling = levellingDownChecks(results, bases);
  const claims = evaluateClaims(scenario, results);
  const payload: ReportPayload = {
    format: REPORT_FORMAT, version: REPORT_VERSION, engine: results.engine, generated, scenarioHash: hash, scenario,
    ...(signOff ? { signOff } : {}),
  };
  const signed = signOff ? (signedThisScenario(signOff, hash) ? el('span', { class: 'badge good' }, `signed: ${signOff.reviewer}, ${signOff.date}`) : el('span', { class: 'badge warn' }, 'signed for an earlier version of the scenario')) : el('span', { class: 'badge warn' }, 'not signed');
  const harms = summary.harms.length;
  const body = [
    el('header', { class: 'cover' },
      el('p', { class: 'muted' }, 'Fairground audit report · synthetic audience'),
      el('h1', {}, scenario.name),
      el('p', {}, el('span', { class: harms ? 'badge bad' : 'badge good' }, harms ? `${harms} harm${harms === 1 ? '' : 's'} found` : 'no harm found'), ' ', signed, ' ',
        el('span', { class: 'muted' }, `scenario ${hash} · seed ${String(results.seed)} · ${results.populationSize.toLocaleString('en')} people · ${generated}`)),
      scenario.description ? el('p', {}, scenario.description) : null,
      el('nav', { class: 'toc', 'aria-label': 'Contents' }, el('ol', {}, TOC.map(([id, title]) => el('li', {}, el('a', { href: `#${id}` }, title))))),
    ),
    el('main', {},
      summarySection(results, summary, levelling, claims),
      provenanceSection(results, scenario, generated),
      inventorySection(scenario),
      policiesSection(scenario),
      impactSection(results),
      inferredSection(results),
      fairnessSection(results, costComparisons(results, bases), levelling),
      claimsSection(scenario, claims),
      signOffSection(hash, signOff),
    ),
  ];
  return '<!doctype html>\n' + render(el('html', { lang: 'en' },
    el('head', {},
      raw('<meta charset="utf-8">'),
      raw(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`),
      raw('<meta name="viewport" content="width=device-width, initial-scale=1">'),
      raw('<meta name="generator" content="Fairground">'),
      el('title', {}, `Audit report: ${scenario.name}`),
      el('style', {}, raw(REPORT_CSS)),
      raw(`<script type="application/json" id="${PAYLOAD_ID}">${jsonForScript(payload)}</script>`),
    ),
    el('body', {}, body),
  )) + '\n';
}
