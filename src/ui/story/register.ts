/** Registers `<fg-story>`. */
import { FgStory } from './story';

if (!customElements.get('fg-story')) customElements.define('fg-story', FgStory);

declare global {
  interface HTMLElementTagNameMap {
    'fg-story': FgStory;
  }
}
