/**
 * Id-keyed lookups that never reach Object.prototype. Ids come from scenario files, and a category
 * or attribute may be called `toString`, `valueOf` or `hasOwnProperty`: a plain `record[id]` would
 * then return a function inherited from Object.prototype instead of "not set".
 */

/** `record[key]` when it is the record's own property, else undefined. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty object with no prototype, for id-keyed columns built in the engine. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
