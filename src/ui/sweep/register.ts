/** Registers `<fg-sweep-panel>` (and the sweep charts it draws). */
import '../../charts/sweep/element';
import { FgSweepPanel } from './sweep-panel';

if (!customElements.get('fg-sweep-panel')) customElements.define('fg-sweep-panel', FgSweepPanel);

declare global {
  interface HTMLElementTagNameMap {
    'fg-sweep-panel': FgSweepPanel;
  }
}
