/**
 * A chunk's columns kept between tasks (scores, masks, cached sort keys, training rows), by typed
 * key: a `StoreKey<T>` is the column's name branded with what it holds, so reads need no cast and a
 * key still crosses to a worker as a plain string. The key names themselves are in `store-keys.ts`.
 */
declare const holds: unique symbol;

/** The name of a stored column that holds a `T`. */
export type StoreKey<T> = string & { readonly [holds]: T };

/** Names a stored column; the one place a string becomes a typed key. */
export function storeKey<T>(name: string): StoreKey<T> {
  return name as StoreKey<T>;
}

export class ChunkStore {
  private readonly columns = new Map<string, unknown>();

  /** The column under `key`, or undefined when no task has written it. */
  get<T>(key: StoreKey<T>): T | undefined {
    // The only read of the untyped map: every write goes through `set` with the same key type.
    return this.columns.get(key) as T | undefined;
  }

  set<T>(key: StoreKey<T>, value: NoInfer<T>): void {
    this.columns.set(key, value);
  }

  has(name: string): boolean {
    return this.columns.has(name);
  }

  /** Frees a column by name; true if there was one. */
  delete(name: string): boolean {
    return this.columns.delete(name);
  }

  clear(): void {
    this.columns.clear();
  }

  /** Names of the stored columns. */
  names(): string[] {
    return [...this.columns.keys()];
  }

  /** Every stored value (for the buffers a worker must not transfer away). */
  values(): unknown[] {
    return [...this.columns.values()];
  }
}
