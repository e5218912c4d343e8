/** The share link of the current scenario: the page URL with the scenario in its hash. */
import type { Scenario, ScenarioInput } from '../../core/scenario';
import { MAX_LINK_CHARS, scenarioToLink } from '../../core/scenario/share';

export type ShareLinkResult =
  | { ok: true; url: string; copied: boolean }
  | { ok: false; message: string };

/** The page's URL (without its current hash) followed by the scenario's `#s=…`. */
export function shareUrl(scenario: Scenario | ScenarioInput, pageUrl: string): ShareLinkResult {
  const hash = scenarioToLink(scenario);
  if (hash.length > MAX_LINK_CHARS)
    return { ok: false, message: `this scenario is too large for a link (${hash.length.toLocaleString('en')} characters; the limit is ${MAX_LINK_CHARS.toLocaleString('en')}). Save it as a file instead.` };
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return { ok: true, url: `${base}${hash}`, copied: false };
}

/**
 * Copies the share link to the clipboard. `copied` is false when the clipboard is unavailable
 * (insecure context, permission refused): the app should then show `url` for copying by hand.
 */
export async function copyShareLink(
  scenario: Scenario | ScenarioInput,
  options: { pageUrl?: string; clipboard?: Pick<Clipboard, 'writeText'> | undefined } = {},
): Promise<ShareLinkResult> {
  const link = shareUrl(scenario, options.pageUrl ?? location.href);
  if (!link.ok) return link;
  const clipboard = 'clipboard' in options ? options.clipboard : globalThis.navigator?.clipboard;
  if (!clipboard) return link;
  try {
    await clipboard.writeText(link.url);
    return { ...link, copied: true };
  } catch {
    return link;
  }
}

/**
 * Puts the link in the address bar without reloading or adding a history entry, so reloading the
 * page reopens this scenario.
 */
export function replaceHashWithScenario(scenario: Scenario | ScenarioInput, win: Window = window): boolean {
  const link = shareUrl(scenario, win.location.href);
  if (!link.ok) return false;
  win.history.replaceState(win.history.state, '', link.url);
  return true;
}
