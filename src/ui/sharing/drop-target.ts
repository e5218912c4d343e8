/**
 * Drag-and-drop of scenario files onto an element (usually the whole page). While a file is
 * dragged over, the element carries the `fg-dropping` class so the app can show where to drop.
 * Only the first dropped file is read; more than one is reported, not silently ignored.
 */
import type { FileOpenResult } from './file-open';
import { readScenarioFile } from './file-open';

export const DROPPING_CLASS = 'fg-dropping';

/** Starts accepting dropped files on `target`; returns a function that stops it. */
export function installScenarioDrop(target: HTMLElement, onResult: (result: FileOpenResult) => void): () => void {
  // dragenter/dragleave fire for every child element crossed; count them to know when we left.
  let depth = 0;
  const carriesFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  const enter = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth++;
    target.classList.add(DROPPING_CLASS);
  };
  const over = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault(); // without this the browser opens the file instead of dropping it here
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const leave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) target.classList.remove(DROPPING_CLASS);
  };
  const drop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth = 0;
    target.classList.remove(DROPPING_CLASS);
    const files = [...(e.dataTransfer?.files ?? [])];
    const first = files[0];
    if (!first) return;
    void readScenarioFile(first).then((result) => {
      if (result.ok && files.length > 1)
        console.warn(`${files.length} files were dropped; opened only ${first.name}`);
      onResult(result);
    });
  };
  target.addEventListener('dragenter', enter);
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragenter', enter);
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
    target.classList.remove(DROPPING_CLASS);
  };
}
