/** Styles of the overview table: compact cells tinted by verdict, text always ≥ 4.5:1 on its tint. */
import { css, unsafeCSS } from 'lit';
import { VERDICT_TEXT, VERDICT_TINT } from '../../charts/palette';
import type { Verdict } from '../../core/results/types';

const verdicts = (Object.keys(VERDICT_TINT) as Verdict[])
  .map((v) => `td.cell.${v} button, td.cell.${v} .unsaved-cell, li.cell.${v} { background: ${VERDICT_TINT[v]}; } td.cell.${v} .verdict, li.cell.${v} .mark { color: ${VERDICT_TEXT[v]}; }`)
  .join('\n');

export const overviewStyles = [
  css`
    :host { display: block; }
    .overview { background: var(--fg-surface, #fff); border: 1px solid var(--fg-line, #d5d9de); border-radius: 10px; padding: 0.7rem 1rem 0.8rem; }
    h2 { font-size: 1.05em; margin: 0; }
    .headline { margin: 0.2rem 0 0.5rem; font-size: 1.05em; line-height: 1.35; }
    .scroll { overflow-x: auto; }
    table { border-collapse: separate; border-spacing: 3px 3px; width: 100%; font-variant-numeric: tabular-nums; }
    th, td { padding: 0; text-align: left; vertical-align: middle; }
    thead th { font-size: max(12px, 0.82em); font-weight: 600; color: var(--fg-muted, #545b64); padding: 0 0.3rem; line-height: 1.2; }
    thead tr.over th { color: var(--fg-ink, #1f2328); border-bottom: 2px solid var(--fg-line, #d5d9de); text-align: center; }
    .muted { color: var(--fg-muted, #545b64); font-weight: 400; }
    .group-col { text-align: center; min-width: 3.6em; }
    .num { text-align: right; padding: 0 0.3rem; white-space: nowrap; }
    abbr { text-decoration: none; }
    td.num { font-size: 0.92em; }
    .policy-col { width: 24%; min-width: 12em; max-width: 21em; padding-right: 0.5rem; }
    tbody th { font-weight: 400; }
    .policy-name { display: block; font-weight: 650; line-height: 1.2; }
    .worst { display: block; font-size: max(12px, 0.8em); color: var(--fg-muted, #545b64); line-height: 1.25; }
    :host([large]) .worst { display: none; }
    .policy-col { position: sticky; left: 0; background: var(--fg-surface, #fff); z-index: 1; }
    @media (max-width: 760px) {
      .worst { display: none; }
      .policy-col { min-width: 7.5em; width: auto; }
      .policy-name { font-size: 0.92em; }
    }
    .worst strong { color: var(--fg-ink, #1f2328); font-weight: 600; }
    tr.chosen-row th .policy-name { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
    .sep { border-left: 2px solid var(--fg-line, #d5d9de); padding-left: 3px; }
    td.cell { min-width: 3.6em; }
    td.cell button { display: flex; flex-direction: column; align-items: center; width: 100%; font: inherit; color: var(--fg-ink, #1f2328);
      border: 2px solid transparent; border-radius: 6px; padding: 0.15rem 0.25rem; cursor: pointer; line-height: 1.15; }
    td.cell button:hover { border-color: var(--fg-muted, #545b64); }
    td.cell button[aria-pressed='true'] { border-color: var(--fg-ink, #1f2328); box-shadow: inset 0 0 0 1px var(--fg-ink, #1f2328); }
    td.cell button:focus-visible { outline: 3px solid var(--fg-focus, #0072b2); outline-offset: 1px; }
    .ratio { font-weight: 700; font-size: 1em; white-space: nowrap; }
    .mark { font-size: 0.8em; margin-right: 0.15em; }
    td.cell.harm .ratio { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }
    .foot { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: center; justify-content: space-between; margin-top: 0.3rem; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.3rem 0.5rem; margin: 0; padding: 0; list-style: none; font-size: max(12px, 0.8em); }
    .legend li { padding: 0.05rem 0.45rem; border-radius: 4px; }
    .harm-key { font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px; }
    .interval { font-size: max(12px, 0.8em); color: var(--fg-muted, #545b64); white-space: nowrap; }
    .hint { margin: 0; font-size: 0.88em; color: var(--fg-muted, #545b64); }
    .chosen { margin-top: 0.5rem; padding-top: 0.5rem; border-top: 1px solid var(--fg-line, #d5d9de); }
    .chosen-text { margin: 0 0 0.4rem; font-size: 0.92em; }
    .link { font: inherit; color: var(--fg-accent, #0b5cad); background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; }
    .link:focus-visible { outline: 3px solid var(--fg-focus, #0072b2); outline-offset: 2px; }
    .what-ifs { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; font-size: 0.9em; }
    .what-if { font: inherit; color: var(--fg-accent, #0b5cad); background: #fff; border: 1px solid var(--fg-accent, #0b5cad); border-radius: 6px;
      padding: 0.2rem 0.6rem; cursor: pointer; list-style: none; }
    .what-if:hover { background: #eef4fb; }
    .what-if:focus-visible, .menu-items button:focus-visible { outline: 3px solid var(--fg-focus, #0072b2); outline-offset: 2px; }
    .menu { position: relative; }
    .menu summary::-webkit-details-marker { display: none; }
    .menu-items { position: absolute; left: 0; top: calc(100% + 4px); background: #fff; border: 1px solid var(--fg-line, #d5d9de); border-radius: 8px;
      padding: 0.3rem; display: flex; flex-direction: column; z-index: 5; box-shadow: 0 6px 20px rgb(0 0 0 / 0.15); min-width: 12rem; }
    .menu-items button { font: inherit; text-align: left; border: 0; background: none; padding: 0.3rem 0.6rem; border-radius: 4px; cursor: pointer; color: var(--fg-ink, #1f2328); }
    .menu-items button:hover { background: var(--fg-bg, #f4f5f7); }
    tr.unsaved th, tr.unsaved td { border-top: 2px dashed var(--fg-muted, #545b64); border-bottom: 2px dashed var(--fg-muted, #545b64); }
    .badge { display: inline-block; font-size: max(12px, 0.75em); font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
      background: #1f2328; color: #fff; border-radius: 4px; padding: 0 0.35em; margin-right: 0.2em; }
    td.cell .unsaved-cell { display: flex; flex-direction: column; align-items: center; border: 2px dashed var(--fg-muted, #545b64); border-radius: 6px;
      padding: 0.15rem 0.25rem; line-height: 1.15; }
    .unsaved-actions { display: flex; gap: 0.3rem; flex-wrap: wrap; margin: 0.15rem 0; }
    .unsaved-actions button { font: inherit; font-size: max(12px, 0.82em); padding: 0.1rem 0.45rem; border: 1px solid var(--fg-accent, #0b5cad);
      color: var(--fg-accent, #0b5cad); background: #fff; border-radius: 5px; cursor: pointer; }
    .unsaved-actions button.keep-unsaved { background: var(--fg-accent, #0b5cad); color: #fff; }
    .unsaved-actions button:focus-visible { outline: 3px solid var(--fg-focus, #0072b2); outline-offset: 2px; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
  unsafeCSS(verdicts),
];
