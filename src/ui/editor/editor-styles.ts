/** Styles of the structured editor: compact rows of labelled controls, readable at 1280×800. */
import { css } from 'lit';

export const editorStyles = css`
  :host { display: block; font-size: 0.92em; }
  .tabs { display: flex; gap: 0; margin-bottom: 0.6rem; }
  .tabs button {
    flex: 1; padding: 0.4rem; border: 1px solid var(--fg-line, #c8c8d0); background: var(--fg-surface, #fff);
    color: inherit; font: inherit; cursor: pointer;
  }
  .tabs button:first-child { border-radius: 6px 0 0 6px; }
  .tabs button:last-child { border-radius: 0 6px 6px 0; border-left: 0; }
  .tabs button[aria-pressed='true'] { background: var(--fg-accent, #1a5fb4); color: #fff; border-color: var(--fg-accent, #1a5fb4); }
  .badge { background: var(--fg-bad, #b3261e); color: #fff; border-radius: 999px; padding: 0 0.45em; font-size: 0.8em; }
  details { border-top: 1px solid var(--fg-line, #c8c8d0); }
  summary { padding: 0.55rem 0.2rem; font-weight: 600; cursor: pointer; }
  .section { padding: 0 0.2rem 0.8rem; display: flex; flex-direction: column; gap: 0.45rem; }
  fieldset { border: 1px solid var(--fg-line, #c8c8d0); border-radius: 6px; padding: 0.4rem 0.6rem 0.6rem; margin: 0; min-width: 0; }
  legend { font-weight: 600; padding: 0 0.3rem; }
  h4 { margin: 0.6rem 0 0; font-size: 1em; }
  .muted { color: var(--fg-muted, #5c5c66); font-weight: normal; }
  .hint { margin: 0.2rem 0; color: var(--fg-muted, #5c5c66); font-size: 0.92em; }
  .row { display: flex; flex-wrap: wrap; gap: 0.4rem 0.8rem; align-items: end; }
  .field { display: inline-flex; flex-direction: column; gap: 0.1rem; font-size: 0.92em; max-width: 100%; }
  /* A long choice (a fairness rule in words) stays inside the card; the open list shows it whole. */
  .field select { max-width: 100%; text-overflow: ellipsis; }
  .field.inline { flex-direction: column; }
  .field > span { color: var(--fg-muted, #5c5c66); }
  input[type='number'] { width: 6.5em; }
  input[type='text'] { width: 12em; }
  input, select, button { font: inherit; color: inherit; }
  input[type='number'], input[type='text'], select {
    padding: 0.2rem 0.3rem; border: 1px solid var(--fg-line, #c8c8d0); border-radius: 4px; background: var(--fg-surface, #fff);
  }
  .with-help { display: contents; }
  .option-help { border: 0; font-size: 0.9em; }
  .option-help summary { padding: 0.1rem 0; font-weight: normal; color: var(--fg-accent, #1a5fb4); }
  .option-help dl { margin: 0.2rem 0 0; display: grid; gap: 0.15rem 0.6rem; grid-template-columns: minmax(7em, 11em) 1fr; }
  .option-help dt { font-weight: 600; }
  .option-help dd { margin: 0; color: var(--fg-muted, #5c5c66); }
  .help { margin: 0; color: var(--fg-muted, #5c5c66); font-size: 0.85em; line-height: 1.35; }
  .check { display: inline-flex; align-items: center; gap: 0.3rem; }
  .weight { display: grid; grid-template-columns: minmax(6em, 1fr) 2fr 5em 3.5em; gap: 0.4rem; align-items: center; }
  .weight input[type='range'] { width: 100%; accent-color: var(--fg-accent, #1a5fb4); }
  .weight-number { width: 100% !important; box-sizing: border-box; }
  .weight-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .share { text-align: right; color: var(--fg-muted, #5c5c66); font-variant-numeric: tabular-nums; }
  .table-row { border-left: 3px solid var(--fg-line, #c8c8d0); padding-left: 0.5rem; margin: 0.2rem 0; }
  .table-key { font-weight: 600; font-size: 0.92em; }
  .group-values, .rule { display: flex; flex-direction: column; gap: 0.3rem; }
  .group-values-title { font-weight: 600; margin-top: 0.3rem; }
  .gv-row, .predicate { display: flex; flex-wrap: wrap; gap: 0.3rem 0.6rem; align-items: end; padding-left: 0.5rem; }
  .gv-attr { min-width: 7em; font-weight: 500; align-self: center; }
  .rule-side { display: flex; flex-direction: column; gap: 0.25rem; align-items: flex-start; }
  .categories { display: flex; flex-wrap: wrap; gap: 0.3rem 0.6rem; align-items: center; margin-top: 0.2rem; }
  .category { display: inline-flex; gap: 0.15rem; align-items: center; }
  input.category-label { width: 7.5em; }
  .removal p { margin: 0.1rem 0 0.3rem; }
  .breaks { margin: 0 0 0.4rem; padding-left: 1.2rem; font-size: 0.92em; overflow-wrap: anywhere; }
  .add-attribute { margin-top: 0.2rem; }
  .policies { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.5rem; }
  .features { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; align-items: center; }
  button { cursor: pointer; border: 1px solid var(--fg-line, #c8c8d0); background: var(--fg-surface, #fff); border-radius: 4px; padding: 0.3rem 0.7rem; }
  button.small { padding: 0.1rem 0.5rem; font-size: 0.9em; }
  button.danger { color: var(--fg-bad, #b3261e); }
  button:disabled { opacity: 0.5; cursor: not-allowed; }
  button.link { border: 0; background: none; padding: 0; color: var(--fg-accent, #1a5fb4); text-decoration: underline; }
  .notice { background: var(--fg-warn-bg, #fff4d6); border-left: 3px solid var(--fg-warn, #8a5a00); padding: 0.4rem 0.6rem; margin: 0 0 0.5rem; }
  :focus-visible { outline: 3px solid var(--fg-focus, #1a5fb4); outline-offset: 2px; }
`;
