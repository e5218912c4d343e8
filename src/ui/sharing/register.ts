/** Registers `<fg-restore-notice>` (the class lives in restore-notice.ts). */
import { FgRestoreNotice } from './restore-notice';

if (!customElements.get('fg-restore-notice')) customElements.define('fg-restore-notice', FgRestoreNotice);

declare global {
  interface HTMLElementTagNameMap {
    'fg-restore-notice': FgRestoreNotice;
  }
}
