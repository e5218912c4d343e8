/** One problem found in a scenario: where it is (`population.attributes[2].weights`) and what is wrong. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** Formats a path of keys and indices the way users read it: `a.b[2].c`. The root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

export function issueToString(issue: Issue): string {
  return `${issue.path}: ${issue.message}`;
}
