import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutErrorRates } from './layout';

/** `<fg-error-rates-chart>`: TPR, FPR and precision per group, with the equal-opportunity and equalised-odds differences. */
export class FgErrorRatesChart extends FgChart {
  protected readonly heading = 'Error rates per group';
  protected readonly fileStem = 'error-rates';

  protected override exportMetric(): string {
    return 'TPR, FPR and precision, with equal-opportunity and equalised-odds differences';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutErrorRates(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

defineChart('fg-error-rates-chart', FgErrorRatesChart);
