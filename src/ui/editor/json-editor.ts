/**
 * The CodeMirror editor behind the JSON view, behind a small handle so that `json-view.ts` can
 * load it on demand (a separate chunk: the first screen does not wait for the editor).
 */
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { setDiagnostics } from '@codemirror/lint';
import { jsonEditorExtensions } from './json-editor-setup';
import type { PlacedProblem } from './json-diagnostics';

export interface JsonEditorHandle {
  readonly view: EditorView;
  text(): string;
  /** Replaces the text without reporting it as the user's edit. */
  setText(text: string): void;
  /** Replaces the text as the user's edit (reported through `onChange`). */
  typeText(text: string): void;
  showProblems(problems: readonly PlacedProblem[]): void;
  select(from: number, to: number): void;
  selectedText(): string;
  destroy(): void;
}

export function createJsonEditor(parent: HTMLElement, root: ShadowRoot | Document, text: string, onChange: (text: string) => void): JsonEditorHandle {
  const view = new EditorView({ parent, root, state: EditorState.create({ doc: text, extensions: jsonEditorExtensions(onChange) }) });
  const replace = (next: string, userEvent?: string) =>
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next }, ...(userEvent ? { userEvent } : {}) });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (next) => replace(next),
    typeText: (next) => replace(next, 'input'),
    showProblems: (problems) =>
      view.dispatch(setDiagnostics(view.state, problems.map(({ fix, ...p }) => ({
        ...p,
        severity: 'error' as const,
        // "Did you mean": one click (or Enter in the lint panel) puts the suggested id in place.
        ...(fix ? { actions: [{ name: fix.label, apply: (v: EditorView) => v.dispatch({ changes: { from: fix.from, to: fix.to, insert: fix.insert }, userEvent: 'input' }) }] } : {}),
      })))),
    select(from, to) {
      // Select first, then focus: focusing starts an update of its own.
      view.dispatch({ selection: EditorSelection.single(from, to), effects: EditorView.scrollIntoView(from, { y: 'center' }) });
      view.focus();
    },
    selectedText() {
      const { from, to } = view.state.selection.main;
      return view.state.sliceDoc(from, to);
    },
    destroy: () => view.destroy(),
  };
}
