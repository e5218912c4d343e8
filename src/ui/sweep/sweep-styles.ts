/** The sweep panel's look: a card like the run controls, charts side by side when there is room. */
import { css } from 'lit';

export const sweepStyles = css`
  :host { display: block; margin-top: 1rem; }
  .sweep { background: var(--fg-surface, #fff); border: 1px solid var(--fg-line, #d0d5db); border-radius: 10px; padding: 0.8rem 1rem; }
  h2 { margin: 0 0 0.3rem; font-size: 1.1em; }
  .hint, .work { margin: 0.2rem 0 0.5rem; color: var(--fg-muted, #545b64); font-size: 0.9em; }
  .text { display: block; font-weight: 600; font-size: 0.9em; }
  textarea { display: block; width: 100%; box-sizing: border-box; margin-top: 0.3rem; font: 0.85rem/1.4 ui-monospace, 'DejaVu Sans Mono', monospace; }
  .issues { color: var(--fg-bad, #b3261e); font-size: 0.9em; margin: 0.4rem 0; padding-left: 1.2rem; }
  .controls, .options { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; margin: 0.5rem 0; }
  button, select { font: inherit; font-size: 0.92em; padding: 0.35rem 0.8rem; border: 1px solid #8a9098; border-radius: 6px; background: #fff; color: inherit; cursor: pointer; }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  #sweep-run:not(:disabled) { background: #0b5cad; color: #fff; border-color: #0b5cad; }
  progress { width: 10rem; }
  .status { font-size: 0.9em; }
  .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: 1rem; }
  .table { font-size: 0.8em; overflow-x: auto; }
  table { border-collapse: collapse; }
  th, td { padding: 0.15em 0.5em; border-bottom: 1px solid #d5d9de; text-align: right; white-space: nowrap; }
  :focus-visible { outline: 3px solid var(--fg-focus, #0072b2); outline-offset: 2px; }
`;
