/** Registers `<fg-gallery>` (the class lives in gallery.ts). */
import { FgGallery } from './gallery';
import type { ScenarioSelectedDetail } from './gallery';

if (!customElements.get('fg-gallery')) customElements.define('fg-gallery', FgGallery);

declare global {
  interface HTMLElementTagNameMap {
    'fg-gallery': FgGallery;
  }
  interface HTMLElementEventMap {
    'scenario-selected': CustomEvent<ScenarioSelectedDetail>;
  }
}
