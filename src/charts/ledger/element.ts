import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { emptyLayout } from '../empty';
import { layoutLedger } from './layout';
import type { LedgerChartInput } from './layout';

/**
 * `<fg-ledger-chart>`: the data-minimisation ledger as a chart (see layout.ts), with the chart
 * shell's finding, export buttons and data table. `ledger` is the finished ledger; `results` the
 * run it explains (for the exports' scenario name and hash).
 */
export class FgLedgerChart extends FgChart {
  static override properties = { ...FgChart.properties, ledger: { attribute: false } };
  declare ledger: LedgerChartInput | undefined;
  protected readonly heading = 'Data-minimisation ledger';
  protected readonly fileStem = 'ledger';

  constructor() {
    super();
    this.ledger = undefined;
  }

  protected override exportMetric(): string {
    return "change in conversions, cost and the worst group's ratio";
  }

  protected computeLayout(_results: Results, size: ChartSize): ChartLayout {
    return this.ledger ? layoutLedger(this.ledger, size) : emptyLayout(size, 'Run the ledger to see what each feature is worth', 'Data-minimisation ledger');
  }
}

defineChart('fg-ledger-chart', FgLedgerChart);
