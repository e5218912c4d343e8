/** Number formats shared by chart labels, titles and data tables. `null` reads as "n/a". */

export const NO_VALUE = 'n/a';

/** A ratio such as a representation ratio: `0.62×`. */
export function formatRatio(value: number | null, digits = 2): string {
  return value === null || !Number.isFinite(value) ? NO_VALUE : `${value.toFixed(digits)}×`;
}

/** A ratio without the sign, for cells and tables: `0.62`. */
export function formatNumber(value: number | null, digits = 2): string {
  return value === null || !Number.isFinite(value) ? NO_VALUE : value.toFixed(digits);
}

/** A share or rate: `12.3%`. */
export function formatPercent(value: number | null, digits = 1): string {
  return value === null || !Number.isFinite(value) ? NO_VALUE : `${(value * 100).toFixed(digits)}%`;
}

/** A count of people: `12,345`. */
export function formatCount(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NO_VALUE : Math.round(value).toLocaleString('en');
}

/** Money or expected conversions: two decimals below 100, whole numbers above, with separators. */
export function formatAmount(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return Math.abs(value) < 100
    ? value.toFixed(2)
    : Math.round(value).toLocaleString('en');
}

/** A 95% interval: `[0.51, 0.74]`. */
export function formatInterval(interval: [number, number] | null, digits = 2): string {
  return interval === null ? NO_VALUE : `[${interval[0].toFixed(digits)}, ${interval[1].toFixed(digits)}]`;
}

/**
 * A formatter for the ticks of one axis: every label with the same number of decimals, as few as
 * the steps need (`0, 50, 100, 150`; `0, 2.5, 5`), with thousands separators.
 */
export function tickFormat(ticks: readonly number[]): (value: number) => string {
  const decimals = Math.min(3, Math.max(0, ...ticks.map((t) => {
    const text = String(Number(t.toPrecision(12)));
    const dot = text.indexOf('.');
    return dot < 0 ? 0 : text.length - dot - 1;
  })));
  return (value) => value.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
