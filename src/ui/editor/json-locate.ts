/**
 * Maps an issue's path (`population.attributes[2].weights`) to the place in the JSON text where it
 * is written, so that clicking a validation message can select the offending text. A small
 * position-keeping scan of the text, not a second JSON parser: it stops quietly at the first
 * syntax error and returns what it found.
 */
import { formatPath } from '../../core/scenario/issues';

export interface TextRange {
  start: number;
  end: number;
}

type Key = string | number;

export interface JsonScan {
  /** Formatted path → range of `"key": value` (or of the value, for array elements and the root). */
  values: Map<string, TextRange>;
  /** Offset of the first syntax error, if any. */
  errorAt: number | undefined;
  /** What the scan expected where it stopped. */
  expected?: 'key' | 'colon' | 'comma' | 'value' | 'string-end' | 'end';
}

export function scanJsonText(text: string): JsonScan {
  const found = new Map<string, TextRange>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  let expected: JsonScan['expected'];
  const fail = (what: NonNullable<JsonScan['expected']> = 'value'): never => {
    expected = what;
    throw new Error('stop');
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('string-end');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail();
    }
  };
  const value = (path: Key[], keyStart: number | undefined): void => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          ws();
          if (text[i] !== '"') fail('key');
          const ks = i;
          const key = str();
          ws();
          if (text[i] !== ':') fail('colon');
          i++;
          value([...path, key], ks);
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else fail('comma');
        }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value([...path, n], undefined);
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            break;
          } else fail('comma');
        }
    } else if (c === '"') str();
    else {
      const m = /^(-?\d[\d.eE+-]*|true|false|null)/.exec(text.slice(i, i + 64));
      if (!m) fail();
      i += m![0].length;
    }
    found.set(formatPath(path), { start: keyStart ?? start, end: i });
  };
  try {
    value([], undefined);
    ws();
    if (i < text.length) fail('end');
  } catch {
    // A syntax error: keep what was found before it.
    return { values: found, errorAt: Math.min(i, text.length), ...(expected ? { expected } : {}) };
  }
  return { values: found, errorAt: undefined };
}

/**
 * The text range of `path`, or of its nearest ancestor that exists (a missing field is reported at
 * the object that lacks it). Undefined only when the text has no value at all.
 */
export function locatePath(text: string, path: string): TextRange | undefined {
  const found = scanJsonText(text).values;
  let p = path;
  for (;;) {
    const hit = found.get(p);
    if (hit) return hit;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return found.get('(root)');
    p = p.slice(0, cut);
  }
}

/** The text offset of a 1-based line and column; clamps to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/** The 1-based line and column of a text offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Reads `(line L, column C)` from a syntax error message. */
export function lineColumnOf(message: string): { line: number; column: number } | undefined {
  const m = /line (\d+),? column (\d+)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}
