/** Output files of the CLI: directories made on demand, failures as readable messages. */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { CliError } from './io';

export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`cannot write to ${dir}: ${reason(e)}`);
  }
}

export async function writeText(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (e) {
    throw new CliError(`cannot write ${file}: ${reason(e)}`);
  }
}

/** Writes the pieces to `file` as they come, waiting whenever the stream's buffer is full. */
export async function writeStream(file: string, pieces: AsyncIterable<string>): Promise<number> {
  await ensureDir(dirname(file));
  const out = createWriteStream(file, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([e]) => {
    throw new CliError(`cannot write ${file}: ${reason(e)}`);
  });
  failed.catch(() => undefined);
  let bytes = 0;
  const writing = (async () => {
    for await (const piece of pieces) {
      bytes += Buffer.byteLength(piece);
      if (!out.write(piece)) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  })();
  try {
    await Promise.race([writing, failed]);
  } finally {
    if (!out.writableFinished) out.destroy();
  }
  return bytes;
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way of the directory';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOENT') return 'no such directory';
  return e instanceof Error ? e.message : String(e);
}
