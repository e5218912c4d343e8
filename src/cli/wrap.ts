/** Notes for people at a terminal: words wrapped at 80 columns, continuation lines indented. */
export const COLUMNS = 80;

export function wrap(text: string, width: number = COLUMNS, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length ? indent : '';
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push((lines.length ? indent : '') + line);
  return lines.join('\n');
}
