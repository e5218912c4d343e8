/** What the editor calls a category: its label, else its id, else its position. */
export function categoryName(c: { id?: string; label?: string } | undefined, i: number): string {
  return c?.label || c?.id || `category ${i + 1}`;
}
