/** Asks the user for a scenario file with a temporary `<input type=file>` and reads it as text. */
import { LIMITS } from '../../core/scenario/limits';

export function openTextFile(): Promise<{ name: string; text: string } | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(undefined);
      // A stranger's file: refuse anything far larger than a scenario before reading it.
      if (file.size > LIMITS.fileBytes * 4) return resolve({ name: file.name, text: '' });
      void file.text().then((text) => resolve({ name: file.name, text }));
    });
    input.addEventListener('cancel', () => resolve(undefined));
    input.click();
  });
}
