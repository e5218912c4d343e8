/** Styles of the dashboard: findings on top, a toolbar, then a grid of chart cards. */
import { css } from 'lit';

export const dashboardStyles = css`
  :host { display: block; }
  .empty, .stale { color: var(--fg-muted, #5c5c66); }
  .stale { background: var(--fg-warn-bg, #fff4d6); border-left: 3px solid var(--fg-warn, #8a5a00); padding: 0.4rem 0.7rem; color: inherit; margin: 0 0 0.8rem; }
  h2 { font-size: 1.05em; margin: 0 0 0.2rem; }
  .findings { background: var(--fg-surface, #fff); border: 1px solid var(--fg-line, #d5d9de); border-radius: 10px; padding: 0.8rem 1rem; margin-bottom: 0.9rem; }
  .findings-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0.5rem 1.5rem; }
  .totals { display: flex; gap: 1.2rem; margin: 0; }
  .totals div { display: flex; flex-direction: column-reverse; }
  .totals dt { font-size: 0.78em; color: var(--fg-muted, #5c5c66); }
  .totals dd { margin: 0; font-size: 1.15em; font-weight: 650; font-variant-numeric: tabular-nums; }
  .summary-line, .all-within, .more { margin: 0.5rem 0 0.3rem; }
  .worst { margin: 0; padding: 0; list-style: none; display: grid; gap: 0.2rem; }
  .worst li { display: grid; grid-template-columns: 8.5em minmax(8em, 1.2fr) minmax(6em, 1fr) max-content auto; gap: 0.6rem; align-items: center; }
  .group { font-weight: 600; }
  .slice { color: var(--fg-muted, #5c5c66); }
  .ratio { font-variant-numeric: tabular-nums; text-align: right; font-weight: 600; }
  .chip { display: inline-block; text-align: center; border-radius: 999px; padding: 0.05rem 0.6rem; font-size: 0.85em; font-weight: 600; border: 1px solid; }
  /* Okabe–Ito vermillion / blue / green, with the verdict always written out (never colour alone). */
  .chip.excluded { color: #8f3a00; border-color: #D55E00; background: #fbe3d4; }
  .chip.over-targeted { color: #004d7a; border-color: #0072B2; background: #d9ebf7; }
  .chip.within { color: #005c43; border-color: #009E73; background: #d6f0e7; }
  .noise { color: #5b6270; }
  .method { margin: 0.4rem 0 0; font-size: 0.85em; color: var(--fg-muted, #5c5c66); }
  .unseen { font-size: 0.8em; font-weight: 600; color: #6b4e00; background: var(--fg-warn-bg, #fff4d6); border-radius: 4px; padding: 0 0.3rem; }
  .harm { font-size: 0.8em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: #8f3a00; }
  .others { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; margin-top: 0.6rem; padding-top: 0.5rem; border-top: 1px solid var(--fg-line, #d5d9de); font-size: 0.9em; }
  .others-title { color: var(--fg-muted, #5c5c66); }
  .other { font: inherit; color: inherit; text-align: left; background: var(--fg-bg, #f4f5f7); border: 1px solid var(--fg-line, #d5d9de); border-radius: 6px; padding: 0.2rem 0.6rem; cursor: pointer; }
  .other:hover { border-color: var(--fg-accent, #0b5cad); }
  .other:focus-visible { outline: 3px solid var(--fg-focus, #1a5fb4); outline-offset: 2px; }
  .what-if { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; margin: 0 0 0.9rem; padding: 0.5rem 0.8rem; background: var(--fg-surface, #fff); border: 1px dashed var(--fg-line, #b8bec6); border-radius: 10px; font-size: 0.9em; }
  .what-if-title { font-weight: 650; }
  .what-if select { min-width: 0; max-width: 100%; font-size: 1em; }
  .what-if-button { font: inherit; color: inherit; background: var(--fg-bg, #f4f5f7); border: 1px solid var(--fg-line, #c8c8d0); border-radius: 6px; padding: 0.3rem 0.6rem; cursor: pointer; }
  .what-if-button:focus-visible { outline: 3px solid var(--fg-focus, #1a5fb4); outline-offset: 2px; }
  .what-if-note { color: var(--fg-muted, #5c5c66); font-size: 0.92em; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.6rem 1.2rem; align-items: end; margin-bottom: 0.9rem; }
  .toolbar label { display: flex; flex-direction: column; font-size: 0.85em; color: var(--fg-muted, #5c5c66); gap: 0.15rem; }
  select { font: inherit; font-size: 1.1em; color: var(--fg-ink, #1f2328); padding: 0.3rem 0.4rem; border: 1px solid var(--fg-line, #c8c8d0); border-radius: 6px; background: var(--fg-surface, #fff); min-width: 12rem; }
  select:focus-visible { outline: 3px solid var(--fg-focus, #1a5fb4); outline-offset: 2px; }
  .chart-controls { margin: 0 0 0.6rem; }
  .chart-controls label { display: inline-flex; align-items: center; gap: 0.5rem; font-size: 0.9em; color: var(--fg-muted, #5c5c66); }
  .chart-controls select { min-width: 0; font-size: 1em; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(26rem, 1fr)); gap: 0.9rem; }
  .card { background: var(--fg-surface, #fff); border: 1px solid var(--fg-line, #d5d9de); border-radius: 10px; padding: 0.8rem 1rem; min-width: 0; }
  .card.wide { grid-column: 1 / -1; }
  .explain { margin: 0 0 0.6rem; color: var(--fg-muted, #5c5c66); font-size: 0.9em; line-height: 1.4; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
  .chart { min-width: 0; }
  fg-overview { margin-bottom: 0.9rem; }
  .card.highlight { border-color: #14213d; box-shadow: 0 0 0 3px #E69F00; }
`;
