/** Registers the app's elements. Import once, from the entry point or a test. */
import '../editor/register';
import '../gallery/register';
import '../overview/register';
import '../story/register';
import { FgRunControls } from '../run/run-controls';
import { FgDashboard } from '../dashboard/dashboard';
import '../sweep/register';
import { FgApp } from './app';
import { FgToast } from './toast';
import { FgReportDialog } from '../report/report-dialog';

const define = (tag: string, element: CustomElementConstructor) => {
  if (!customElements.get(tag)) customElements.define(tag, element);
};
define('fg-run-controls', FgRunControls);
define('fg-dashboard', FgDashboard);
define('fg-toast', FgToast);
define('fg-report-dialog', FgReportDialog);
define('fg-app', FgApp);

declare global {
  interface HTMLElementTagNameMap {
    'fg-run-controls': FgRunControls;
    'fg-dashboard': FgDashboard;
    'fg-toast': FgToast;
    'fg-report-dialog': FgReportDialog;
    'fg-app': FgApp;
  }
}
