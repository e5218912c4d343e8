/**
 * The value the scenario schema fills in for an absent field, found by its path
 * (`['audit', 'band', 'low']` → 0.8): the editor's placeholders and fallbacks read it here, so a
 * default is written once, in the schema.
 */
import { z } from 'zod';
import { Scenario } from '../../core/scenario/schema';

type Path = readonly (string | number)[];

interface Def {
  type?: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
}

const defOf = (t: z.core.$ZodType): Def => (t as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema under wrappers (default, optional, pipe), or undefined when there is none. */
function shapeOf(t: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  let current: z.core.$ZodType | undefined = t;
  for (let depth = 0; current && depth < 8; depth++) {
    const def = defOf(current);
    if (def.type === 'object') return def.shape;
    current = def.innerType ?? def.in;
  }
  return undefined;
}

/** The schema's default at `path` (undefined when the field has none or the path is not an object field). */
export function schemaDefaultAt(path: Path): unknown {
  let field: z.core.$ZodType | undefined = Scenario;
  for (const key of path) field = field && typeof key === 'string' ? shapeOf(field)?.[key] : undefined;
  if (!field) return undefined;
  const parsed = z.safeParse(field, undefined);
  return parsed.success ? parsed.data : undefined;
}

/** A number field's placeholder: its schema default, as text. */
export function defaultPlaceholder(path: Path): string | undefined {
  const value = schemaDefaultAt(path);
  return typeof value === 'number' ? String(value) : undefined;
}
