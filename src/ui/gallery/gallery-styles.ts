/** Styles of the gallery: large type and high contrast, readable on a projector. */
import { css } from 'lit';

export const galleryStyles = css`
  :host { display: block; }
  h2 { margin: 0 0 0.3rem; font-size: 1.25em; }
  h3 { margin: 0.8rem 0 0.2rem; font-size: 1em; }
  .hint, .muted { color: var(--fg-muted, #5c5c66); }
  .presets { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
  .preset { border: 1px solid var(--fg-line, #c8c8d0); border-radius: 8px; padding: 0.6rem 0.8rem; background: var(--fg-surface, #fff); }
  .preset.current { border-color: var(--fg-accent, #1a5fb4); box-shadow: inset 4px 0 0 var(--fg-accent, #1a5fb4); }
  .head { display: flex; align-items: baseline; gap: 0.5rem; justify-content: space-between; }
  button { font: inherit; color: inherit; cursor: pointer; }
  button:focus-visible { outline: 3px solid var(--fg-focus, #e66100); outline-offset: 2px; }
  .open { border: 0; background: none; padding: 0; text-align: left; font-weight: 650; font-size: 1.05em; color: var(--fg-accent, #1a5fb4); text-decoration: underline; }
  .summary { margin: 0.3rem 0; }
  .mechanism { margin: 0.2rem 0; font-size: 0.92em; }
  .tag { font-size: 0.8em; border-radius: 999px; padding: 0.05em 0.6em; white-space: nowrap; }
  .tag.risk { background: #fbe3d6; color: #7a2c00; }
  .toggle { border: 1px solid var(--fg-line, #c8c8d0); border-radius: 4px; background: none; padding: 0.15rem 0.5rem; font-size: 0.9em; }
  .narrative { margin-top: 0.4rem; border-top: 1px dashed var(--fg-line, #c8c8d0); padding-top: 0.3rem; }
  .narrative p, .narrative li { line-height: 1.45; }
  .claims { list-style: none; padding: 0; }
  .claims li { margin: 0.2rem 0; }
  .claims .holds > span:first-child { color: #1c7c3c; font-weight: 700; }
  .claims .fails > span:first-child { color: #b3261e; font-weight: 700; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
