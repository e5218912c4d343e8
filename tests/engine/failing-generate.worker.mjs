// Test fixture: the engine worker with a `generate` task that fails on chunk 1, to check that a
// failing task rejects the run with its message and leaves no worker behind.
import { register } from 'tsx/esm/api';

register();
const { generate } = await import('../../src/core/population/generate-task.ts');
const run = generate.run;
generate.run = (state, args) => {
  if (state.index === 1) throw new Error('the generator ran out of people');
  return run(state, args);
};
await import('../../workers/engine.worker.ts');
