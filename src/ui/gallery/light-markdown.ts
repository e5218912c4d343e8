/**
 * The small markdown subset narratives use: paragraphs (blank lines), `- ` or `1. ` lists, and
 * inline *emphasis* / **strong**. Parsed into plain blocks, then rendered as Lit templates, so every
 * character of the text is escaped by Lit and nothing from a scenario file is ever HTML.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';

export type Inline = { kind: 'text' | 'em' | 'strong'; text: string };
export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

export function parseLightMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInlines) });
    paragraph = [];
    list = undefined;
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const item = ITEM.exec(line);
    if (line.trim() === '') flush();
    else if (item) {
      const ordered = item[2] !== undefined;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[3] ?? '');
    } else if (list && /^\s+/.test(line)) {
      // An indented line continues the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** `**strong**`, `*em*` or `_em_`; anything unmatched stays literal text. */
export function parseInlines(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*\s][^*]*?)\*|\b_([^_]+)_\b/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] });
    else out.push({ kind: 'em', text: m[2] ?? m[3] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export function renderLightMarkdown(text: string): TemplateResult {
  return html`${parseLightMarkdown(text).map((b) =>
    b.kind === 'paragraph'
      ? html`<p>${renderInlines(b.inlines)}</p>`
      : b.ordered
        ? html`<ol>${b.items.map((i) => html`<li>${renderInlines(i)}</li>`)}</ol>`
        : html`<ul>${b.items.map((i) => html`<li>${renderInlines(i)}</li>`)}</ul>`,
  )}`;
}

function renderInlines(inlines: Inline[]): TemplateResult {
  return html`${inlines.map((i) =>
    i.kind === 'strong' ? html`<strong>${i.text}</strong>` : i.kind === 'em' ? html`<em>${i.text}</em>` : i.text,
  )}`;
}
