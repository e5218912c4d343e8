/** Registers the explanation views (issue 14). */
import { FgExplainViews } from './explain-views';
import { FgPersonInspector } from './person-inspector';
import { FgThresholdPanel } from './threshold-panel';
import { FgModelCard } from '../model-card/model-card-view';
import { FgLedger } from '../ledger/ledger-view';
import { FgPeopleTable } from '../people/people-table';

const define = (tag: string, element: CustomElementConstructor) => {
  if (!customElements.get(tag)) customElements.define(tag, element);
};
define('fg-explain-views', FgExplainViews);
define('fg-person-inspector', FgPersonInspector);
define('fg-threshold-panel', FgThresholdPanel);
define('fg-model-card', FgModelCard);
define('fg-ledger', FgLedger);
define('fg-people-table', FgPeopleTable);
