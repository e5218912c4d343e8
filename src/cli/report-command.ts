/**
 * `fairground report`: runs a scenario (or reads the results of a run) and writes the audit report
 * as one self-contained HTML file, optionally printed to PDF by headless Chromium; and
 * `fairground report --compare before.json after.json`: what changed between two runs.
 *
 * SCENARIO may be a scenario file or an earlier report (.html): a report gives back its scenario
 * and its sign-off, so re-making a report keeps the sign-off (and says so if the scenario changed).
 */
import { scenarioHash } from '../core/results/hash';
import { RESULTS_FORMAT, RESULTS_VERSION, type Results } from '../core/results/types';
import { parseScenarioText, type Scenario } from '../core/scenario';
import { buildReport, looksLikeHtml, readReportPayload, type SignOff } from '../report';
import { buildComparisonReport } from '../report/compare-html';
import { compareRuns } from '../report/compare';
import { createNodeEngine } from '../../workers/node-engine';
import { compileOnWorkerThreads, warmUpChunks } from './worker-count';
import { chromiumCandidates, findChromium, printToPdf } from './chromium';
import { comparisonText } from './compare-text';
import { CliError, type CliIo } from './io';
import { basename } from 'node:path';
import { checkOutputFile, makeDirs, writeFilesAtomically } from './output-dir';
import { progressLine } from './progress-line';
import { applyOverrides, invalid, loadScenario, readScenarioText, type Overrides } from './read-scenario';

export interface ReportCommandOptions extends Overrides {
  out?: string;
  pdf?: string;
  results?: string;
  compare?: string[];
  chromium?: string;
  workers?: number;
}

export async function readResultsFile(file: string): Promise<Results> {
  const text = await readScenarioText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not JSON`);
  }
  const r = data as Partial<Results> | null;
  if (!r || typeof r !== 'object' || r.format !== RESULTS_FORMAT) throw new CliError(`${file} is not a results file (format "${RESULTS_FORMAT}")`);
  if (r.version !== RESULTS_VERSION) throw new CliError(`${file} is results version ${String(r.version)}; this fairground reads version ${RESULTS_VERSION}`);
  if (!Array.isArray(r.policies) || !r.scenario || typeof r.scenario.hash !== 'string') throw new CliError(`${file} is missing its policies or scenario hash`);
  return r as Results;
}

async function loadScenarioOrReport(file: string, overrides: Overrides): Promise<{ scenario: Scenario; notes: string[]; signOff?: SignOff }> {
  const text = await readScenarioText(file);
  if (!looksLikeHtml(text)) return loadScenario(file, overrides);
  const read = readReportPayload(text);
  if (!read.ok) throw new CliError(`${file}: ${read.problem}`);
  const parsed = parseScenarioText(read.scenarioText);
  if (!parsed.ok) throw invalid(`the scenario in ${file}`, parsed.issues);
  const { scenario, notes } = applyOverrides(parsed.scenario, overrides);
  return { scenario, notes, ...(read.payload.signOff ? { signOff: read.payload.signOff } : {}) };
}

async function compareCommand(io: CliIo, files: string[], out: string | undefined): Promise<number> {
  if (files.length !== 2) throw new CliError(`--compare takes two results files (before.json after.json), not ${files.length}`);
  const [before, after] = await Promise.all(files.map(readResultsFile)) as [Results, Results];
  const comparison = compareRuns(before, after);
  io.out(comparisonText(comparison));
  if (out) {
    const plan = await checkOutputFile(out);
    await writeFilesAtomically(plan, [{ name: basename(out), text: buildComparisonReport(comparison, new Date().toISOString()) }]);
    io.out(`Wrote ${out}\n`);
  }
  return 0;
}

async function runResults(io: CliIo, scenario: Scenario, workers: number | undefined): Promise<Results> {
  compileOnWorkerThreads(workers);
  const engine = createNodeEngine({ workers, warmUpChunks: warmUpChunks() });
  const progress = progressLine(io.err, io.progress);
  try {
    const { results } = await engine.run(scenario, { onProgress: (p) => progress.update(p) });
    return results;
  } finally {
    progress.clear();
    engine.dispose();
  }
}

export async function reportCommand(io: CliIo, file: string | undefined, options: ReportCommandOptions): Promise<number> {
  if (options.compare) return compareCommand(io, options.compare, options.out);
  if (!file) throw new CliError('report needs a scenario file (or --compare before.json after.json)');
  const pdfBrowser = options.pdf ? findChromium(chromiumCandidates(options.chromium)) : undefined;
  if (options.pdf && !pdfBrowser)
    throw new CliError(`--pdf needs headless Chromium and none was found at ${options.chromium ?? 'the usual paths'}: install chromium, or name it with --chromium PATH (any browser can also print the HTML report)`);
  const out = options.out ?? 'report.html';
  // Where the outputs go is checked before the run, so a run never ends unable to write.
  const plan = await checkOutputFile(out);
  const pdfPlan = options.pdf ? await checkOutputFile(options.pdf) : undefined;
  const { scenario, notes, signOff } = await loadScenarioOrReport(file, options);
  for (const note of notes) io.err(`${note}\n`);
  let results: Results;
  if (options.results) {
    results = await readResultsFile(options.results);
    const hash = scenarioHash(scenario);
    if (results.scenario.hash !== hash)
      throw new CliError(`${options.results} is of scenario ${results.scenario.hash}, but ${file} is scenario ${hash}: run it again, or give the matching scenario`);
  } else {
    results = await runResults(io, scenario, options.workers);
  }
  await writeFilesAtomically(plan, [{ name: basename(out), text: buildReport({ scenario, results, generated: new Date().toISOString(), ...(signOff ? { signOff } : {}) }) }]);
  io.out(`Wrote ${out}${signOff ? ` (signed by ${signOff.reviewer} against scenario ${signOff.scenarioHash}${signOff.scenarioHash === results.scenario.hash ? '' : ', which is not this scenario: the report says so'})` : ''}\n`);
  if (options.pdf && pdfBrowser && pdfPlan) {
    await makeDirs(pdfPlan);
    await printToPdf(pdfBrowser, out, options.pdf);
    io.out(`Wrote ${options.pdf} (printed by ${pdfBrowser})\n`);
  }
  return 0;
}
