/** Registers the explanation views (issue 14). */
import { FgExplainViews } from './explain-views';
import { FgPersonInspector } from './person-inspector';
import { FgThresholdPanel } from './threshold-panel';
import { FgModelCard } from '../model-card/model-card-view';
import { FgLedger } from '../ledger/ledger-view';

const define = (tag: string, element: CustomElementConstructor) => {
  if (!customElements.get(tag)) customElements.define(tag, element);
};
define('fg-explain-views', FgExplainViews);
define('fg-person-inspector', FgPersonInspector);
define('fg-threshold-panel', FgThresholdPanel);
define('fg-model-card', FgModelCard);
define('fg-ledger', FgLedger);
