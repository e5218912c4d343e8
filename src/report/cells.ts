/**
 * Table cells that carry their number: every numeric cell has `data-field` (the results field it
 * shows) and `data-v` (the exact value), so a reader — or a test — can check each printed number
 * against results.json. Rows carry `data-policy`, `data-slice` and `data-group`.
 */
import { el, type Attributes, type Content, type Html } from './html';

export function numCell(field: string, value: number | null, text: string): Html {
  return el('td', { class: 'num', 'data-field': field, 'data-v': value === null ? 'null' : String(value) }, text);
}

export function intervalCell(field: string, interval: [number, number] | null, text: string): Html {
  return el('td', {
    class: 'num', 'data-field': `${field}.interval`,
    'data-low': interval ? String(interval[0]) : 'null', 'data-high': interval ? String(interval[1]) : 'null',
  }, text);
}

export function textCell(...content: Content[]): Html {
  return el('td', {}, ...content);
}

export function headRow(columns: readonly (string | [string, 'num'])[]): Html {
  return el('thead', {}, el('tr', {}, columns.map((c) => (typeof c === 'string' ? el('th', { scope: 'col' }, c) : el('th', { scope: 'col', class: 'num' }, c[0])))));
}

export function table(caption: string, columns: readonly (string | [string, 'num'])[], rows: readonly Html[], attrs: Attributes = {}): Html {
  return el('table', attrs, el('caption', {}, caption), headRow(columns), el('tbody', {}, rows));
}
