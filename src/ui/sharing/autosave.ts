/**
 * Autosave of the working scenario text to localStorage, debounced so typing in the JSON view does
 * not write on every key. The text is saved as typed, even when it does not validate yet: losing a
 * half-finished edit on reload is worse than restoring it with its errors showing.
 *
 * Several recent drafts are kept, so opening a link (or a file, or a preset) and editing it never
 * overwrites earlier work: each page session writes its own draft, and continues an earlier one only
 * when it was restored from it. At most DRAFTS_PER_SCENARIO drafts per scenario name and
 * MAX_DRAFTS in all are kept, newest first. When the browser refuses to store (quota, private mode)
 * the oldest other drafts are dropped to make room; if that is not enough, `onSaveFailed` says so.
 */
export const AUTOSAVE_KEY = 'fairground.autosave.v1';
/** Milliseconds of quiet after the last edit before writing. */
export const AUTOSAVE_DELAY_MS = 800;
/** Drafts kept per scenario name: the current one and two before it. */
export const DRAFTS_PER_SCENARIO = 3;
/** Drafts kept in all (a scenario is at most 1 MB; a few stay well inside a 5 MB storage quota). */
export const MAX_DRAFTS = 8;

export interface AutosaveEntry {
  text: string;
  /** Epoch milliseconds of the save. */
  savedAt: number;
}

export interface SavedDraft extends AutosaveEntry {
  /** The page session that wrote it. */
  id: string;
  /** The scenario's name, as far as the text says (drafts are grouped by it). */
  name: string;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

let sessions = 0;

export class ScenarioAutosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: string | undefined;
  /** The draft this session writes. */
  private id = `${Date.now().toString(36)}-${(sessions++).toString(36)}`;
  private failed = false;
  /** Told when a save fails (after dropping old drafts did not help) and when saving works again. */
  onSaveFailed: (failed: boolean) => void = () => {};

  constructor(
    private readonly storage: StorageLike | undefined = safeLocalStorage(),
    private readonly key: string = AUTOSAVE_KEY,
    private readonly delayMs: number = AUTOSAVE_DELAY_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Saves `text` once no further edit has come for the delay. */
  schedule(text: string): void {
    this.pending = text;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Writes a pending save now (e.g. on `pagehide`). */
  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending === undefined) return;
    const draft: SavedDraft = { id: this.id, name: scenarioName(this.pending), text: this.pending, savedAt: this.now() };
    this.pending = undefined;
    const kept = prune([draft, ...this.drafts().filter((d) => d.id !== this.id)]);
    // Drop the oldest other drafts one by one until the browser accepts the write.
    for (let n = kept.length; n >= 1; n--) {
      if (this.write(kept.slice(0, n))) {
        if (this.failed) this.onSaveFailed((this.failed = false));
        return;
      }
    }
    if (!this.failed) this.onSaveFailed((this.failed = true));
  }

  /** The newest saved draft, or undefined if there is none or it is unreadable. */
  restore(): AutosaveEntry | undefined {
    const newest = this.drafts()[0];
    return newest && { text: newest.text, savedAt: newest.savedAt };
  }

  /** Every kept draft, newest first. */
  drafts(): SavedDraft[] {
    let raw: string | null | undefined;
    try {
      raw = this.storage?.getItem(this.key);
    } catch {
      return [];
    }
    if (!raw) return [];
    try {
      const v = JSON.parse(raw) as unknown;
      // Version 1 stored one entry, { text, savedAt }.
      const list = isEntry(v) ? [{ ...v, id: 'v1', name: scenarioName(v.text) }] : (v as { drafts?: unknown } | null)?.drafts;
      if (!Array.isArray(list)) return [];
      return list.filter(isDraft).sort((a, b) => b.savedAt - a.savedAt);
    } catch {
      return []; // a corrupt entry is treated as none
    }
  }

  /** From now on this session writes to `draft` (the user chose to continue it). */
  resume(draft: Pick<SavedDraft, 'id'> | undefined = this.drafts()[0]): void {
    if (draft) this.id = draft.id;
  }

  /** Forgets this session's draft, the newest one and any pending save ("discard my changes"). */
  discard(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    const [newest, ...rest] = this.drafts();
    const keep = rest.filter((d) => d.id !== this.id && d.id !== newest?.id);
    try {
      if (keep.length) this.write(keep);
      else this.storage?.removeItem(this.key);
    } catch {
      /* nothing to remove */
    }
  }

  /** Stops a pending save without writing it. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private write(drafts: SavedDraft[]): boolean {
    try {
      this.storage?.setItem(this.key, JSON.stringify({ version: 2, drafts }));
      return this.storage !== undefined;
    } catch {
      return false;
    }
  }
}

/** Newest first: at most DRAFTS_PER_SCENARIO per name and MAX_DRAFTS in all. */
function prune(drafts: SavedDraft[]): SavedDraft[] {
  const perName = new Map<string, number>();
  return drafts
    .filter((d) => {
      const n = (perName.get(d.name) ?? 0) + 1;
      perName.set(d.name, n);
      return n <= DRAFTS_PER_SCENARIO;
    })
    .slice(0, MAX_DRAFTS);
}

/** The `name` of the scenario text, or "Untitled scenario" (the text may not be JSON yet). */
export function scenarioName(text: string): string {
  try {
    const name = (JSON.parse(text) as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name) return name.slice(0, 200);
  } catch {
    const m = /"name"\s*:\s*"((?:[^"\\]|\\.){1,200})"/.exec(text);
    if (m?.[1]) return m[1];
  }
  return 'Untitled scenario';
}

function isEntry(v: unknown): v is AutosaveEntry {
  const e = v as Partial<AutosaveEntry> | null;
  return typeof e === 'object' && e !== null && typeof e.text === 'string' && typeof e.savedAt === 'number';
}

function isDraft(v: unknown): v is SavedDraft {
  const d = v as Partial<SavedDraft> | null;
  return isEntry(v) && typeof d?.id === 'string' && typeof d.name === 'string';
}

function safeLocalStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // access throws when storage is blocked
  }
}
