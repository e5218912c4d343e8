/**
 * Time spent in each stage of a run, summed over replicates. A stage lasts from its `enter` to the
 * next `enter` (or `stop`); per-policy time is kept by policy id as well.
 */
export type RunStage = 'generate' | 'eligibility' | 'history' | 'policy' | 'market' | 'metrics' | 'done';

export interface RunTimings {
  /** Milliseconds per stage; `policies` is the sum of every policy's fit, score and select (and a market's rounds). */
  generate: number;
  eligibility: number;
  history: number;
  policies: number;
  metrics: number;
  /** Policy id → milliseconds to fit, score and select it. */
  perPolicy: Record<string, number>;
  /** From the first stage to the end of the run (and the warm-up's time, when there was one). */
  total: number;
  /**
   * A JIT warm-up of fresh workers before the run, with the first replicate's generation beside it
   * (engine/warm-up-run.ts); that generation's time is here, not in `generate`. Absent without one.
   */
  warmUp?: number;
}

type Timed = 'generate' | 'eligibility' | 'history' | 'policies' | 'metrics';

export class RunClock {
  private readonly started: number;
  private current: { stage: Timed; policy?: string; at: number } | undefined;
  private readonly timings: RunTimings = { generate: 0, eligibility: 0, history: 0, policies: 0, metrics: 0, perPolicy: {}, total: 0 };

  constructor(private readonly now: () => number) {
    this.started = now();
  }

  enter(stage: RunStage, policy?: string): void {
    const at = this.stop();
    if (stage === 'done') return;
    this.current = { stage: stage === 'policy' || stage === 'market' ? 'policies' : stage, at };
    if (policy !== undefined) this.current.policy = policy;
  }

  /** Closes the current stage; returns the time. */
  stop(): number {
    const at = this.now();
    const c = this.current;
    if (c) {
      const ms = at - c.at;
      this.timings[c.stage] += ms;
      if (c.policy !== undefined) this.timings.perPolicy[c.policy] = (this.timings.perPolicy[c.policy] ?? 0) + ms;
    }
    this.current = undefined;
    return at;
  }

  finish(): RunTimings {
    this.stop();
    return { ...this.timings, perPolicy: { ...this.timings.perPolicy }, total: this.now() - this.started };
  }
}
