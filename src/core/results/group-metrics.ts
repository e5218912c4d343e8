/** Every numeric metric of a group row, in the order the CSV lists them. */
import type { GroupMetricName } from './types';

export const GROUP_METRICS: readonly GroupMetricName[] = [
  'n',
  'eligible',
  'reached',
  'positives',
  'truePositives',
  'expectedConversions',
  'cost',
  'selectionRate',
  'eligibleSelectionRate',
  'populationShare',
  'eligibleShare',
  'reachShare',
  'representationRatio',
  'disparateImpact',
  'impactRatio',
  'statisticalParityDifference',
  'tpr',
  'fpr',
  'precision',
  'equalOpportunityDifference',
  'equalisedOddsDifference',
  'costPerReach',
  'costPerConversion',
];

