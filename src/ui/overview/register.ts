/** Registers `<fg-overview>`. */
import { FgOverview } from './overview';

if (!customElements.get('fg-overview')) customElements.define('fg-overview', FgOverview);

declare global {
  interface HTMLElementTagNameMap {
    'fg-overview': FgOverview;
  }
}
