/**
 * The shell's layout for the three places it is used: a desk (1280–1920: results first, the
 * library and editor in a side panel on the right that can be hidden), a projector (1280×720 in
 * Large text: the panel starts hidden, the overview above the fold) and a phone (≤ 760 px: results
 * only, the panel a drawer over them). Messages sit in the run-controls bar, never over a chart.
 */
import { css } from 'lit';

export const appStyles = css`
  :host {
    --fg-ink: #1f2328; --fg-muted: #545b64; --fg-line: #d0d5db; --fg-bg: #f4f5f7; --fg-surface: #fff;
    --fg-accent: #0b5cad; --fg-focus: #0072b2; --fg-bad: #b3261e; --fg-bad-bg: #fdf0ef;
    --fg-warn: #8a5a00; --fg-warn-bg: #fff4d6; --fg-good: #1b6e3a;
    display: flex; flex-direction: column; height: 100vh; color: var(--fg-ink); background: var(--fg-bg);
    font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
  }
  :host([large]) { font-size: 19px; --fg-chart-font-size: 1.3rem; }
  .skip { position: absolute; left: 0.5rem; top: -3rem; background: var(--fg-accent); color: #fff; padding: 0.5rem 0.9rem; border-radius: 6px; z-index: 10;
    font: inherit; border: 0; cursor: pointer; }
  .skip:focus { top: 0.5rem; }
  header {
    display: flex; align-items: center; gap: 1.2rem; padding: 0.55rem 1.2rem; background: #14213d; color: #fff;
    flex-wrap: wrap; position: relative;
  }
  .brand { display: flex; align-items: center; gap: 0.4rem; font-weight: 700; letter-spacing: 0.02em; }
  .logo { font-size: 1.5em; color: #E69F00; }
  .product { font-size: 1.05em; }
  .title { flex: 1; min-width: 0; border-left: 1px solid #3b4a6b; padding-left: 1.2rem; }
  /* A long scenario name wraps to a second line rather than being cut off (projectors, Large text). */
  h1 { margin: 0; font-size: 1.2em; font-weight: 650; line-height: 1.2; overflow-wrap: anywhere; }
  :host([large]) .actions button, :host([large]) .menu summary { font-size: 0.85em; padding: 0.3rem 0.65rem; }
  .tagline { margin: 0; font-size: 0.85em; color: #c9d1e3; }
  .actions { display: flex; gap: 0.4rem; align-items: center; }
  .actions button, .menu summary {
    font: inherit; font-size: 0.92em; color: #fff; background: transparent; border: 1px solid #56668a; border-radius: 6px;
    padding: 0.35rem 0.8rem; cursor: pointer; list-style: none;
  }
  .actions button[aria-pressed='true'] { background: #E69F00; color: #14213d; border-color: #E69F00; }
  .actions button:hover, .menu summary:hover { background: #24345a; }
  /* Pressed stays amber under the pointer: the dark hover fill would hide its dark text. */
  .actions button[aria-pressed='true']:hover { background: #f0b429; }
  .menu { position: relative; }
  .menu summary::-webkit-details-marker { display: none; }
  .menu-items { position: absolute; right: 0; top: calc(100% + 4px); background: #fff; border: 1px solid var(--fg-line); border-radius: 8px;
    padding: 0.3rem; display: flex; flex-direction: column; z-index: 5; box-shadow: 0 6px 20px rgb(0 0 0 / 0.15); min-width: 16rem; }
  .menu-items button { color: var(--fg-ink); border: 0; text-align: left; border-radius: 4px; }
  .menu-items button:hover { background: var(--fg-bg); }
  .menu-items button:disabled { opacity: 0.5; cursor: not-allowed; }
  .body { flex: 1; display: grid; grid-template-columns: 1fr minmax(19rem, 23rem); min-height: 0; }
  :host(:not([editor-open])) .body { grid-template-columns: 1fr; }
  .editor { overflow: auto; padding: 0.8rem 1rem; background: var(--fg-surface); border-left: 1px solid var(--fg-line); }
  fg-toast { position: static; max-width: none; margin-top: 0.4rem; }
  .panel-toggle { white-space: nowrap; }
  .drawer-close { display: none; }
  @media (max-width: 1400px) { .tagline { display: none; } }
  :host([large]) .tagline { display: none; }
  @media (max-width: 760px) {
    :host { font-size: 14px; }
    :host([large]) { font-size: 17px; }
    header { padding: 0.35rem 0.6rem; gap: 0.3rem 0.6rem; }
    .brand .product, .tagline { display: none; }
    .title { border-left: 0; padding-left: 0; flex-basis: 60%; }
    h1 { font-size: 1.05em; }
    .actions { flex-wrap: wrap; gap: 0.3rem; width: 100%; }
    .actions button, .menu summary { font-size: 0.85em; padding: 0.25rem 0.5rem; }
    .body, :host(:not([editor-open])) .body { grid-template-columns: 1fr; }
    .editor { position: fixed; z-index: 8; inset: 2.5rem 0 0 0; border: 0; border-top: 3px solid #14213d; box-shadow: 0 -8px 24px rgb(0 0 0 / 0.25); }
    .drawer-close { display: block; width: 100%; margin-bottom: 0.6rem; font: inherit; font-weight: 600; padding: 0.45rem; border-radius: 8px;
      border: 1px solid #14213d; background: #fff; color: #14213d; cursor: pointer; }
    main { padding: 0.6rem 0.6rem 2rem; }
    .controls { padding: 0.5rem 0.6rem; }
  }
  .panel-switch { display: flex; margin-bottom: 0.8rem; }
  .panel-switch button { flex: 1; font: inherit; font-weight: 600; padding: 0.45rem; cursor: pointer; color: var(--fg-ink);
    background: var(--fg-bg); border: 1px solid var(--fg-line); }
  .panel-switch button:first-child { border-radius: 8px 0 0 8px; }
  .panel-switch button:last-child { border-radius: 0 8px 8px 0; border-left: 0; }
  .panel-switch button[aria-pressed='true'] { background: #14213d; color: #fff; border-color: #14213d; }
  [hidden] { display: none !important; }
  :host(.fg-dropping) .body { outline: 4px dashed var(--fg-accent); outline-offset: -8px; }
  main { overflow: auto; padding: 0.9rem 1.2rem 2rem; outline: none; }
  .controls { background: var(--fg-surface); border: 1px solid var(--fg-line); border-radius: 10px; padding: 0.6rem 1rem; margin-bottom: 0.8rem; }
  .invalid { margin: 0.5rem 0 0; color: var(--fg-bad); font-weight: 600; }
  .earlier-draft, .autosave-failed { margin: 0.5rem 0 0; padding: 0.35rem 0.6rem; border-radius: 6px; display: flex; flex-wrap: wrap; gap: 0.4rem 0.7rem; align-items: center; }
  .earlier-draft { background: var(--fg-note, #eef3fb); border: 1px solid var(--fg-line, #c8c8d0); }
  .autosave-failed { background: #fdecea; border: 1px solid #e3a29d; color: var(--fg-bad); font-weight: 600; }
  .earlier-draft button { font: inherit; cursor: pointer; }
  .live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  :focus-visible { outline: 3px solid var(--fg-focus); outline-offset: 2px; }
  header :focus-visible { outline-color: #E69F00; }
`;
