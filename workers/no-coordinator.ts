/**
 * Stands in for core/engine/run.ts in the engine worker's tasks-only bundle
 * (dist-cli/engine.worker.tasks.cjs, scripts/cli-bundle.mjs): its workers only run chunk tasks, so
 * the coordinator, the validator (zod) and jstat stay out of it. A `runAll` sent to one anyway says so.
 */
export function runScenario(): never {
  throw new Error('this engine worker runs chunk tasks only: start it with spawnCoordinatingNodeWorker (singleWorkerChunks) to run a whole scenario in it');
}
