/**
 * Workers under the page's Content-Security-Policy, on any static host.
 *
 * A `<meta>` CSP binds only the document: a worker started from a script URL gets its policy from
 * the HTTP headers of that script, and a static host sends none, so such a worker may fetch
 * anywhere and evaluate strings. A worker started from a `blob:` URL instead inherits the policy of
 * the document that made it (HTML § "worker processing model", policy container of a local URL).
 * So every worker is started from a one-line blob module that imports the real worker script: the
 * script runs in the blob worker's global scope, under the page's `connect-src 'none'` and
 * `script-src 'self'` (no eval), whatever headers the host sends or leaves out.
 */

/** Starts a module worker running `scriptUrl` in a global scope that carries the page's CSP. */
export function spawnUnderPagePolicy(scriptUrl: string | URL, options: Pick<WorkerOptions, 'name'> = {}): Worker {
  const absolute = new URL(scriptUrl, globalThis.location?.href).href;
  const shim = new Blob([`import ${JSON.stringify(absolute)};\n`], { type: 'text/javascript' });
  const url = URL.createObjectURL(shim);
  const worker = new Worker(url, { type: 'module', name: options.name });
  // The blob is read when the worker starts loading; release it once the worker has spoken or failed.
  const release = () => {
    URL.revokeObjectURL(url);
    worker.removeEventListener('message', release);
    worker.removeEventListener('error', release);
  };
  worker.addEventListener('message', release);
  worker.addEventListener('error', release);
  return worker;
}

/**
 * `new PageWorker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })` is `new Worker(…)`
 * started under the page's policy. A spawner imports it *as* `Worker`, so the call keeps the exact
 * shape Vite looks for to bundle the worker module (and, in a worker, its nested workers), while at
 * run time it goes through the blob shim above. A function, not a class extending Worker, so that
 * importing this file where there is no Worker (Node) costs nothing.
 */
export const PageWorker = function PageWorker(scriptUrl: string | URL, options: WorkerOptions = {}): Worker {
  return spawnUnderPagePolicy(scriptUrl, { name: options.name });
} as unknown as new (scriptUrl: string | URL, options?: WorkerOptions) => Worker;
