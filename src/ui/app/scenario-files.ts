/**
 * The shell's scenario file actions, built on the sharing functions (src/ui/sharing): which
 * scenario to open with (link, autosave, default), open from a file or a drop, save, share link.
 * Each returns a short sentence for the header's status line.
 */
import type { Issue } from '../../core/scenario/issues';
import type { ScenarioInput } from '../../core/scenario/types';
import type { SignOff } from '../../report/sign-off';
import type { AutosaveEntry, FileOpenResult } from '../sharing';
import { chooseStartupScenario, copyShareLink, openScenarioFile, replaceHashWithScenario, saveScenarioFile } from '../sharing';
import { draftToText } from '../editor/draft';
import { saveScenarioText } from '../exports/downloads';

export interface Startup {
  text: string;
  notice: string;
  source: 'link' | 'autosave' | 'default';
}

function issuesSentence(issues: readonly Issue[]): string {
  const shown = issues.slice(0, 2).map((i) => `${i.path}: ${i.message}`).join('; ');
  return issues.length > 2 ? `${shown}; and ${issues.length - 2} more` : shown;
}

/** A link in the hash wins, then the autosaved working scenario, then the default. */
export function startupScenario(hash: string, autosaved: AutosaveEntry | undefined, defaultText: string): Startup {
  const choice = chooseStartupScenario(hash, autosaved);
  if (choice.source === 'link') return { text: draftToText(choice.scenario), notice: 'Opened the scenario from the link.', source: 'link' };
  const broken = choice.linkIssues.length ? `The link could not be opened (${issuesSentence(choice.linkIssues)}). ` : '';
  if (choice.source === 'autosave') return { text: choice.entry.text, notice: `${broken}Restored your last scenario.`, source: 'autosave' };
  return { text: defaultText, notice: broken, source: 'default' };
}

/** What to do with an opened or dropped file: its text to load, or a message saying why not. */
export function fileOutcome(result: FileOpenResult): { text: string | undefined; notice: string; signOff?: SignOff } {
  if (result.ok && result.report)
    return { text: result.text, notice: `Opened the audit report ${result.fileName}${result.signOff ? `, signed by ${result.signOff.reviewer}` : ''}.`, ...(result.signOff ? { signOff: result.signOff } : {}) };
  if (result.ok) return { text: result.text, notice: `Opened ${result.fileName}.` };
  return { text: undefined, notice: `${result.fileName} was not opened: ${issuesSentence(result.issues)}` };
}

export async function openFromPicker(): Promise<{ text: string | undefined; notice: string; signOff?: SignOff } | undefined> {
  const result = await openScenarioFile();
  return result && fileOutcome(result);
}

/** Saves the scenario; text that is not JSON yet is saved as typed. */
export function saveScenario(text: string, draft: ScenarioInput | undefined, name: string): string {
  if (draft && typeof draft === 'object' && typeof draft.name === 'string') return `Saved ${saveScenarioFile(draft)}.`;
  saveScenarioText(text, name);
  return 'Saved the scenario text as typed (it is not valid JSON yet).';
}

export async function shareScenario(draft: ScenarioInput | undefined): Promise<string> {
  if (!draft) return 'Fix the JSON before sharing the scenario.';
  const link = await copyShareLink(draft);
  if (!link.ok) return link.message;
  replaceHashWithScenario(draft);
  return link.copied ? 'Link copied: it holds the whole scenario.' : 'The link is in the address bar: copy it from there.';
}
