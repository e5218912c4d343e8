/**
 * The CodeMirror 6 set-up of the JSON view: JSON highlighting, line numbers, bracket matching,
 * undo, completion and hover help from the scenario schema, and a lint gutter for the diagnostics
 * the view computes. Everything is bundled: the editor loads nothing and connects nowhere.
 */
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { HighlightStyle, bracketMatching, defaultHighlightStyle, foldGutter, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import schemaJson from '../../../scenarios/scenario.schema.json';
import type { JsonSchema } from './schema-help';
import { describeAt, propertySuggestions, valueSuggestions } from './schema-help';
import { contextAt, keyPathAt, valuePathAt } from './json-context';

// The generated schema's literal type is narrower than JsonSchema's optional fields allow.
const SCHEMA = schemaJson as unknown as JsonSchema;

/** The document as far as it parses (for ids to offer and the variant a policy's `type` picks). */
function documentOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function completeFromSchema(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const where = contextAt(text, context.pos);
  if (!where) return null;
  const typed = text.slice(where.from, context.pos);
  if (!context.explicit && typed === '' && where.slot === 'value') return null;
  const doc = documentOf(text) ?? documentOf(`${text.slice(0, where.from)}null}`);
  const options = where.slot === 'key' ? propertySuggestions(SCHEMA, where.path, doc) : valueSuggestions(SCHEMA, where.path, doc);
  if (!options.length) return null;
  // Keys are matched without their opening quote (labels are bare names); a closing quote the
  // editor added is replaced too, so accepting `metric` after `"me` gives `"metric": `.
  const key = where.slot === 'key';
  const quoted = text[where.from] === '"';
  const from = key && quoted ? where.from + 1 : where.from;
  const insert = (view: EditorView, value: string, at: number, to: number) => {
    const end = quoted && view.state.sliceDoc(to, to + 1) === '"' ? to + 1 : to;
    view.dispatch({ changes: { from: at, to: end, insert: value }, selection: { anchor: at + value.length }, userEvent: 'input.complete' });
  };
  return {
    from,
    options: options.map((o) => {
      const value = key ? `${quoted ? '' : '"'}${o.label}": ` : o.apply;
      return {
        label: o.label, type: key ? 'property' : 'constant',
        apply: (view: EditorView, _c: unknown, at: number, to: number) => insert(view, value, at, to),
        ...(o.detail ? { detail: o.detail } : {}), ...(o.info ? { info: o.info } : {}),
      };
    }),
    validFor: key ? /^[\w.+-]*$/ : /^"?[\w.+-]*"?$/,
  };
}

const schemaHover = hoverTooltip((view, pos) => {
  const text = view.state.doc.toString();
  // A key, or a quoted value (an enum such as "demographic-parity" is explained by its key).
  const key = keyPathAt(text, pos) ?? valuePathAt(text, pos);
  if (!key) return null;
  const help = describeAt(SCHEMA, key.path, documentOf(text));
  if (!help) return null;
  return {
    pos: key.from,
    end: key.to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'fg-hover';
      const [head, ...rest] = help.split('\n');
      const title = document.createElement('strong');
      title.textContent = head ?? '';
      dom.append(title);
      for (const line of rest) {
        const p = document.createElement('p');
        p.textContent = line;
        dom.append(p);
      }
      return { dom };
    },
  };
});

/** Keys, strings, numbers and literals in distinct colours, each at least 4.5:1 on white. */
const jsonColours = HighlightStyle.define([
  { tag: tags.propertyName, color: '#0b4f8a' },
  { tag: tags.string, color: '#1b6e3a' },
  { tag: tags.number, color: '#8a3b00' },
  { tag: [tags.bool, tags.null], color: '#6a3d9a', fontWeight: '600' },
]);

const theme = EditorView.theme({
  '&': { fontSize: '0.85em', border: '1px solid var(--fg-line, #c8c8d0)', borderRadius: '6px', background: 'var(--fg-surface, #fff)' },
  '&.cm-focused': { outline: '3px solid var(--fg-focus, #1a5fb4)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.45' },
  '.cm-gutters': { background: '#f4f5f7', color: '#4d545c', borderRight: '1px solid #d5d9de' },
  '.fg-hover': { padding: '0.35em 0.6em', maxWidth: '28em', fontSize: '0.95em', lineHeight: '1.4' },
  '.fg-hover p': { margin: '0.25em 0 0' },
  '.cm-tooltip-lint': { maxWidth: '32em' },
});

/** Every extension of the JSON view; `onChange` gets the text after each edit by the user. */
export function jsonEditorExtensions(onChange: (text: string) => void): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    foldGutter(),
    lintGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    syntaxHighlighting(jsonColours),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    json(),
    autocompletion({ override: [completeFromSchema] }),
    schemaHover,
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
    // tabindex: axe counts a contenteditable as focusable only with it (scrollable-region-focusable).
    EditorView.contentAttributes.of({ 'aria-label': 'Scenario JSON', spellcheck: 'false', tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && update.transactions.some((t) => t.isUserEvent('input') || t.isUserEvent('delete') || t.isUserEvent('undo') || t.isUserEvent('redo') || t.isUserEvent('move') || t.isUserEvent('input.complete')))
        onChange(update.state.doc.toString());
    }),
    theme,
  ];
}
