/**
 * `<fg-toast>`: a short status message in the corner ("Saved …", "Restored your last scenario.").
 * It goes away by itself after `duration` ms, or on Escape or its close button; the timer waits
 * while the pointer is over it or focus is inside it, so it can be read and used. The text is also
 * put in a polite live region that is always in the page, so screen readers announce it.
 *
 * Properties: `message` (empty: nothing shown), `serial` (bump it to show the same message again),
 * `duration` (ms, default 6000).
 *
 * @fires toast-dismiss - the toast went away (timer, Escape or close button); the owner may clear
 *   `message`.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';

export const TOAST_DURATION_MS = 6000;

export class FgToast extends LitElement {
  static override properties = {
    message: { type: String },
    serial: { type: Number },
    duration: { type: Number },
    dismissed: { state: true },
  };

  declare message: string;
  declare serial: number;
  declare duration: number;
  declare dismissed: boolean;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private held = new Set<'pointer' | 'focus'>();

  static override styles = css`
    :host { position: fixed; right: 1.2rem; bottom: 1.2rem; z-index: 6; max-width: min(32rem, calc(100vw - 2.4rem)); }
    .toast { display: flex; align-items: flex-start; gap: 0.6rem; margin: 0; background: #14213d; color: #fff;
      padding: 0.55rem 0.6rem 0.55rem 1rem; border-radius: 8px; font-size: 0.9em; box-shadow: 0 6px 20px rgb(0 0 0 / 0.25); }
    .text { margin: 0.1rem 0 0; overflow-wrap: anywhere; }
    button { flex: none; font: inherit; line-height: 1; color: #fff; background: transparent; border: 1px solid #56668a;
      border-radius: 4px; padding: 0.2rem 0.45rem; cursor: pointer; }
    button:hover { background: #24345a; }
    button:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  constructor() {
    super();
    this.message = '';
    this.serial = 0;
    this.duration = TOAST_DURATION_MS;
    this.dismissed = false;
  }

  /** True while the toast is on screen. */
  get showing(): boolean {
    return this.message !== '' && !this.dismissed;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('keydown', this.onKeydown);
    this.stopTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('message') || changed.has('serial')) {
      this.dismissed = false;
      this.held.clear();
      if (this.message) this.startTimer();
      else this.stopTimer();
    }
  }

  /** Hides the toast now and tells the owner. */
  dismiss(): void {
    if (!this.showing) return;
    this.stopTimer();
    this.dismissed = true;
    this.dispatchEvent(new CustomEvent('toast-dismiss', { bubbles: true, composed: true }));
  }

  private startTimer() {
    this.stopTimer();
    this.timer = setTimeout(() => this.dismiss(), this.duration);
  }

  private stopTimer() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private hold(why: 'pointer' | 'focus', on: boolean) {
    if (!this.showing) return;
    if (on) this.held.add(why);
    else this.held.delete(why);
    if (this.held.size) this.stopTimer();
    else this.startTimer();
  }

  private readonly onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.showing) this.dismiss();
  };

  override render() {
    return html`
      <div class="sr" aria-live="polite" aria-atomic="true">${this.showing ? this.message : ''}</div>
      ${this.showing
        ? html`<div class="toast"
            @pointerenter=${() => this.hold('pointer', true)} @pointerleave=${() => this.hold('pointer', false)}
            @focusin=${() => this.hold('focus', true)} @focusout=${() => this.hold('focus', false)}>
            <p class="text">${this.message}</p>
            <button type="button" aria-label="Dismiss this message" title="Dismiss (Esc)" @click=${() => this.dismiss()}>×</button>
          </div>`
        : nothing}
    `;
  }
}
