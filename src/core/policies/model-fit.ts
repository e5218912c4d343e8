/** A learned policy's fitted model, kept for explanations and model cards. */
import type { FeatureSpec, RowSource } from '../models';

/** What explains a fitted model afterwards (explain/): its encoding, training rows and penalty. */
export interface ModelFit {
  /** The spec with the training rows' means and SDs (how `prob:<id>` was scored). */
  spec: FeatureSpec;
  intercept: number;
  coefficients: Float64Array;
  sources: RowSource[];
  l2: number;
  /** Score = p̂ / price (auction delivery) rather than p̂. */
  perPrice: boolean;
}
