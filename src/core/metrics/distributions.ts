/**
 * The normal and Student t distributions the intervals and tests need, from jstat (a well-kept
 * library: its t quantile and CDF go through the regularised incomplete beta function).
 */
import jstat from 'jstat';

const { jStat } = jstat;

/** P(Z ≤ x) for a standard normal Z. */
export function normalCdf(x: number): number {
  return jStat.normal.cdf(x, 0, 1);
}

/** P(T ≤ x) for Student's t with `dof` degrees of freedom. */
export function tCdf(x: number, dof: number): number {
  return jStat.studentt.cdf(x, dof);
}

/** The p-quantile of Student's t with `dof` degrees of freedom. */
export function tQuantile(p: number, dof: number): number {
  return jStat.studentt.inv(p, dof);
}
