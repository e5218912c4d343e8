/**
 * Node's engine worker (bundled into dist-cli/engine.worker.bundle.cjs, which the thread's launcher
 * engine.worker.launch.ts runs): the Web Worker globals over worker_threads first, then the engine
 * worker module, as in a browser's Web Worker.
 */
import './worker-scope';
import './engine.worker';
