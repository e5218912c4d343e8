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
import { joinTables, sweepPolicyRows } from '../../core/sweep/tables';
import type { PointRows, SweepPolicyRow } from '../../core/sweep/tables';
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
    // Per point only its table rows and chart rows are kept, not its results.
    const outputs = new Map<number, PointRows & { rows: SweepPolicyRow[] }>();
    let band: Results['band'] | undefined;
    try {
      const points = runOrder(plan.points).map((i) => plan.points[i]!);
      await runSweepPoints(points, (scenario, o) => engine.run(scenario, { signal: abort.signal, onProgress: o.onProgress }), {
        signal: abort.signal,
        onProgress: (p) => {
          this.fraction = p.fraction;
          this.host.requestUpdate();
        },
        onPoint: (output) => {
          outputs.set(output.point.index, { groupsRows: output.groupsRows, policiesRows: output.policiesRows, rows: sweepPolicyRows(output.point, output.results) });
          band ??= output.results.band;
          this.done = outputs.size;
        },
      });
      const inOrder = plan.points.map((p) => outputs.get(p.index)!);
      const tables = joinTables(plan.parameters.map((p) => p.name), inOrder);
      this.outcome = { plan, rows: inOrder.flatMap((o) => o.rows), groupsCsv: tables.groups, policiesCsv: tables.policies, band: band! };
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

