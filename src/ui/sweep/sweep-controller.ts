/**
 * Runs a sweep in the app's workers, as a Lit reactive controller (the shape of @lit/task): one
 * engine kept across sweeps, so points with the same people reuse them; an AbortController for
 * Cancel; progress; and, when done, the same tables `fairground sweep` writes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Results } from '../../core/results/types';
import type { SweepPlan } from '../../core/sweep/plan';
import { runOrder } from '../../core/sweep/shard';
import { runSweepPoints } from '../../core/sweep/run-sweep';
import type { PointOutput } from '../../core/sweep/run-sweep';
import { sweepPolicyRows, sweepTables } from '../../core/sweep/tables';
import type { SweepPolicyRow } from '../../core/sweep/tables';
import type { EnginePort } from '../run/engine-port';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface SweepOutcome {
  plan: SweepPlan;
  rows: SweepPolicyRow[];
  /** `sweep.csv` and `sweep-policies.csv`, byte for byte as the CLI writes them. */
  groupsCsv: string;
  policiesCsv: string;
  band: Results['band'];
}

export class SweepController implements ReactiveController {
  status: SweepStatus = 'idle';
  done = 0;
  total = 0;
  fraction = 0;
  error = '';
  outcome: SweepOutcome | undefined;
  private abort: AbortController | undefined;
  private engine: EnginePort | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly engineFactory: () => EnginePort) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
    this.engine?.dispose();
    this.engine = undefined;
  }

  get running(): boolean {
    return this.status === 'running';
  }

  async run(plan: SweepPlan): Promise<void> {
    this.cancel();
    const abort = (this.abort = new AbortController());
    this.status = 'running';
    this.done = 0;
    this.total = plan.points.length;
    this.fraction = 0;
    this.error = '';
    this.host.requestUpdate();
    const engine = (this.engine ??= this.engineFactory());
    const outputs = new Map<number, PointOutput>();
    try {
      const points = runOrder(plan.points).map((i) => plan.points[i]!);
      await runSweepPoints(points, (scenario, o) => engine.run(scenario, { signal: abort.signal, onProgress: o.onProgress as (p: unknown) => void }), {
        signal: abort.signal,
        onProgress: (p) => {
          this.fraction = p.fraction;
          this.host.requestUpdate();
        },
        onPoint: (output) => {
          outputs.set(output.point.index, output);
          this.done = outputs.size;
        },
      });
      const read = plan.points.map((p) => ({ point: p, results: outputs.get(p.index)!.results }));
      const names = plan.parameters.map((p) => p.name);
      const tables = sweepTables(names, read);
      this.outcome = {
        plan,
        rows: read.flatMap(({ point, results }) => sweepPolicyRows(point, results)),
        groupsCsv: tables.groups,
        policiesCsv: tables.policies,
        band: read[0]!.results.band,
      };
      this.status = 'done';
    } catch (e) {
      if (abort.signal.aborted) this.status = 'cancelled';
      else {
        this.status = 'error';
        this.error = e instanceof Error ? e.message : String(e);
      }
    } finally {
      if (this.abort === abort) this.abort = undefined;
      this.host.requestUpdate();
    }
  }

  cancel(): void {
    this.abort?.abort();
  }
}

