/**
 * Building HTML as strings, safely: every text and attribute from a scenario file (labels, names,
 * descriptions come from strangers) goes through `escapeHtml`. No DOM: the report is built in Node
 * and in the browser alike.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** A trusted fragment of HTML (built by this module's helpers), as opposed to text to escape. */
export interface Html {
  readonly html: string;
}

export function raw(html: string): Html {
  return { html };
}

export type Content = string | number | Html | null | undefined | false | readonly Content[];

/** Renders content: text is escaped, fragments are kept, arrays are joined, nullish is dropped. */
export function render(content: Content): string {
  if (content === null || content === undefined || content === false) return '';
  if (typeof content === 'string') return escapeHtml(content);
  if (typeof content === 'number') return escapeHtml(String(content));
  if (Array.isArray(content)) return content.map((c: Content) => render(c)).join('');
  return (content as Html).html;
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
}

/** `<tag attrs>content</tag>`. */
export function el(tag: string, attrs: Attributes, ...content: Content[]): Html {
  return raw(`<${tag}${attributes(attrs)}>${render(content)}</${tag}>`);
}

/** JSON that is safe inside `<script type="application/json">`: no `<`, so no `</script>` or `<!--`. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 1)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
