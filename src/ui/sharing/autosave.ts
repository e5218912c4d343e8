/**
 * Autosave of the working scenario text to localStorage, debounced so typing in the JSON view does
 * not write on every key. The text is saved as typed, even when it does not validate yet: losing a
 * half-finished edit on reload is worse than restoring it with its errors showing.
 */
export const AUTOSAVE_KEY = 'fairground.autosave.v1';
/** Milliseconds of quiet after the last edit before writing. */
export const AUTOSAVE_DELAY_MS = 800;

export interface AutosaveEntry {
  text: string;
  /** Epoch milliseconds of the save. */
  savedAt: number;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class ScenarioAutosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: string | undefined;

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
    const entry: AutosaveEntry = { text: this.pending, savedAt: this.now() };
    this.pending = undefined;
    try {
      this.storage?.setItem(this.key, JSON.stringify(entry));
    } catch {
      // Storage full or disabled (private mode): autosave is a convenience, the app goes on.
    }
  }

  /** The saved entry, or undefined if there is none or it is unreadable. */
  restore(): AutosaveEntry | undefined {
    let raw: string | null | undefined;
    try {
      raw = this.storage?.getItem(this.key);
    } catch {
      return undefined;
    }
    if (!raw) return undefined;
    try {
      const v = JSON.parse(raw) as Partial<AutosaveEntry>;
      if (typeof v.text === 'string' && typeof v.savedAt === 'number') return { text: v.text, savedAt: v.savedAt };
    } catch {
      /* a corrupt entry is treated as none */
    }
    return undefined;
  }

  /** Forgets the saved scenario and any pending save ("discard my changes"). */
  discard(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    try {
      this.storage?.removeItem(this.key);
    } catch {
      /* nothing to remove */
    }
  }

  /** Stops a pending save without writing it. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function safeLocalStorage(): StorageLike | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // access throws when storage is blocked
  }
}
