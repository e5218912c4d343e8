/** The report's one stylesheet, inline: readable on screen, and on paper (A4, tables that split). */
import { INK, MUTED } from '../charts/palette';
import { FONT_FAMILY } from '../charts/render';

export const REPORT_CSS = `
:root { color: ${INK}; font-family: ${FONT_FAMILY}; font-size: 15px; line-height: 1.45; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 2rem 4rem; background: #fff; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-top: .6rem; border-top: 2px solid ${INK}; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: .95rem; margin: 1rem 0 .3rem; }
p, li { max-width: 48rem; }
.muted, caption, .note { color: ${MUTED}; }
.note { font-size: .85rem; margin: .3rem 0 .8rem; }
code, .hash { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .85rem; }
caption { text-align: left; font-size: .85rem; padding: .2rem 0; caption-side: top; }
th, td { border-bottom: 1px solid #d5d9de; padding: .25rem .55rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid ${INK}; background: #f4f5f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.verdict { white-space: nowrap; }
tr.small td { color: ${MUTED}; font-style: italic; }
tr.harm td { font-weight: 600; }
.badge { display: inline-block; padding: .1rem .5rem; border-radius: .3rem; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.badge.bad { color: #b03a00; } .badge.good { color: #006b4e; } .badge.warn { color: #8a5a00; }
.callout { border-left: 4px solid #b03a00; background: #fdf2ec; padding: .5rem .9rem; margin: .8rem 0; }
.callout.ok { border-color: #006b4e; background: #ecf7f2; }
.callout.warn { border-color: #8a5a00; background: #fbf5e6; }
dl.params { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; font-size: .88rem; margin: .3rem 0 1rem; }
dl.params dt { color: ${MUTED}; }
dl.params dd { margin: 0; }
figure { margin: .6rem 0 1rem; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .85rem; color: ${MUTED}; }
details > summary { cursor: pointer; color: ${MUTED}; }
pre.scenario { font-size: .72rem; background: #f4f5f7; padding: .6rem; overflow-x: auto; max-height: 30rem; }
.signoff { border: 2px solid ${INK}; padding: .6rem 1rem; break-inside: avoid; }
td.conditions { white-space: pre-wrap; }
.signoff .blank { display: inline-block; min-width: 18rem; border-bottom: 1px solid ${INK}; }
header.cover { padding-bottom: .4rem; }
nav.toc ol { columns: 2; font-size: .9rem; }
@media screen and (max-width: 40rem) {
  body { padding: 1rem; }
  table { display: block; overflow-x: auto; }
  nav.toc ol { columns: 1; }
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: page; border-top: none; }
  h2.keep { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure, .callout, dl.params { break-inside: avoid; }
  .callout:has(table) { break-inside: auto; }
  table { width: 100%; }
  nav.toc, details { display: none; }
  .print-only { display: block !important; }
}
.print-only { display: none; }
`;
