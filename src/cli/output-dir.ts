/**
 * Output files of the CLI. Every output is written under a temporary name in its own directory and
 * renamed into place when complete, so a file under its real name is always whole: Ctrl-C, a full
 * disk or a failed run leaves earlier results untouched and a new file never half-written.
 *
 * Where outputs go is checked before the run (a probe file is created and removed), so a run never
 * simulates for minutes and then finds it cannot write. Directories are made one level at a time:
 * Node's recursive mkdir loops forever on paths such as /proc/x.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { CliError } from './io';
import { forgetOnExit, removeOnExit } from './temp-files';

/** What `checkOutputDir` found: the directories to make and any earlier outputs that will be replaced. */
export interface OutputPlan {
  readonly dir: string;
  readonly missing: readonly string[];
  /** Names of outputs that already exist there, with their modification time. */
  readonly replaces: readonly { name: string; modified: Date }[];
}

/** Checks, before any work, that `dir` can hold the files `names`; makes nothing yet. */
export async function checkOutputDir(dir: string, names: readonly string[]): Promise<OutputPlan> {
  const { existing, missing } = await nearestExisting(dir);
  await probe(existing, dir);
  const replaces: { name: string; modified: Date }[] = [];
  if (missing.length === 0)
    for (const name of names) {
      const s = await stat(join(dir, name)).catch(() => undefined);
      if (s?.isDirectory()) throw new CliError(`cannot write ${join(dir, name)}: it is a directory`);
      if (s) replaces.push({ name, modified: s.mtime });
    }
  return { dir, missing, replaces };
}

/** Checks that `file` can be written (its directory exists or can be made; it is not a directory). */
export async function checkOutputFile(file: string): Promise<OutputPlan> {
  if (/[/\\]$/.test(file)) throw new CliError(`cannot write ${file}: it names a directory; give a file name such as ${join(file, 'people.csv')}`);
  const s = await stat(file).catch(() => undefined);
  if (s?.isDirectory()) throw new CliError(`cannot write ${file}: it is a directory; give a file name such as ${join(file, 'people.csv')}`);
  const plan = await checkOutputDir(dirname(file), [basename(file)]);
  return plan;
}

/** Makes the plan's missing directories, parent first. */
export async function makeDirs(plan: OutputPlan): Promise<void> {
  for (const d of plan.missing) {
    try {
      await mkdir(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`cannot write to ${plan.dir}: ${reason(e)}`);
    }
  }
}

/**
 * Writes every file under a temporary name, then renames them all into place: either each file is
 * the new one in full, or (on failure) the earlier files are left as they were.
 */
export async function writeFilesAtomically(plan: OutputPlan, files: readonly { name: string; text: string }[]): Promise<string[]> {
  await makeDirs(plan);
  const temps: { temp: string; final: string }[] = [];
  try {
    for (const f of files) {
      const final = join(plan.dir, f.name);
      const temp = tempName(final);
      temps.push({ temp, final });
      removeOnExit(temp);
      await writeWhole(temp, f.text);
    }
    for (const { temp, final } of temps) {
      await rename(temp, final).catch((e: unknown) => {
        throw new CliError(`cannot write ${final}: ${reason(e)}`);
      });
      forgetOnExit(temp);
    }
  } finally {
    for (const { temp } of temps) {
      // Never masks the error that got us here; a temporary name that is not a file is not ours.
      await rm(temp, { force: true }).catch(() => undefined);
      forgetOnExit(temp);
    }
  }
  return temps.map((t) => t.final);
}

/**
 * Streams the pieces to a temporary file beside `file` (named `.<file>.<pid>.partial`) and renames it
 * to `file` only when the last piece is written: a cut-short export never has the real name.
 */
export async function writeStreamAtomically(plan: OutputPlan, name: string, pieces: AsyncIterable<string>): Promise<number> {
  await makeDirs(plan);
  const final = join(plan.dir, name);
  const temp = tempName(final);
  removeOnExit(temp);
  try {
    const bytes = await writeStream(temp, final, pieces);
    await rename(temp, final).catch((e: unknown) => {
      throw new CliError(`cannot write ${final}: ${reason(e)}`);
    });
    return bytes;
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
    forgetOnExit(temp);
  }
}

function tempName(final: string): string {
  return join(dirname(final), `.${basename(final)}.${process.pid}.partial`);
}

async function writeWhole(file: string, text: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'w');
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (e) {
    throw new CliError(`cannot write ${file}: ${reason(e)}`);
  } finally {
    await handle?.close();
  }
}

/** Writes the pieces to `file` as they come, waiting whenever the stream's buffer is full. */
async function writeStream(file: string, shownAs: string, pieces: AsyncIterable<string>): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([e]) => {
    throw new CliError(`cannot write ${shownAs}: ${reason(e)}`);
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

/** The deepest existing ancestor of `dir` (or `dir` itself) and the directories below it to make. */
async function nearestExisting(dir: string): Promise<{ existing: string; missing: string[] }> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const s = await stat(at).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : Promise.reject(e))).catch((e: unknown) => {
      throw new CliError(`cannot write to ${dir}: ${reason(e)}`);
    });
    if (s) {
      if (!s.isDirectory()) throw new CliError(`cannot write to ${dir}: a file is in the way of the directory`);
      return { existing: at, missing: missing.reverse() };
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) throw new CliError(`cannot write to ${dir}: no such directory`);
    at = parent;
  }
}

/** Creates and removes a file in `existing`: the only check that holds for root, read-only mounts and /proc. */
async function probe(existing: string, dir: string): Promise<void> {
  const file = join(existing, `.fairground-write-check.${process.pid}`);
  try {
    const handle = await open(file, 'wx');
    await handle.close();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `${existing} does not accept new files` : reason(e);
    throw new CliError(`cannot write to ${dir}: ${why}`);
  } finally {
    await rm(file, { force: true }).catch(() => undefined);
  }
}

function reason(e: unknown): string {
  if (e instanceof CliError) return e.message;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way of the directory';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOENT') return 'no such directory';
  return e instanceof Error ? e.message : String(e);
}
