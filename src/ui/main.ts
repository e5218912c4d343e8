/** The app's entry point: the charts, the shell, and the Web Worker engine. */
import '../charts';
import './app/register';
import { createBrowserEngine } from '../../workers/browser-engine';
import { browserWorkerCount } from '../../workers/worker-count-browser';

// Created here rather than in index.html so the engine is set before the first run starts.
const app = document.createElement('fg-app');
app.workerCount = browserWorkerCount();
app.engineFactory = () => createBrowserEngine({ workers: app.workerCount });
document.body.append(app);
// The page's "starting…" note (with how to serve the files, should the app not start) goes.
document.getElementById('boot')?.remove();
