/** Registers the editor's elements (the classes live in their own files). */
import { FgJsonView } from './json-view';
import { FgScenarioEditor } from './scenario-editor';

if (!customElements.get('fg-json-view')) customElements.define('fg-json-view', FgJsonView);
if (!customElements.get('fg-scenario-editor')) customElements.define('fg-scenario-editor', FgScenarioEditor);

declare global {
  interface HTMLElementTagNameMap {
    'fg-json-view': FgJsonView;
    'fg-scenario-editor': FgScenarioEditor;
  }
}
