/**
 * The app's unsaved thresholds: what the threshold panel is dragging, held for the overview (which
 * draws it as a provisional row) until it is kept as a policy, discarded, or new results arrive.
 * Listens on the app element for the panel's `threshold-preview` and the overview's
 * `threshold-keep` / `threshold-discard`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { THRESHOLD_PREVIEW_EVENT } from '../overview/unsaved-thresholds';
import type { ThresholdPreview } from '../overview/unsaved-thresholds';

export class ThresholdPreviewController implements ReactiveController {
  /** The thresholds on screen in the panel, not yet kept (undefined: none). */
  value: ThresholdPreview | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Adds the kept policy to the scenario (and runs it). */
    private readonly keep: (policy: unknown) => void,
  ) {
    host.addController(this);
  }

  private readonly onPreview = (e: Event) => this.set((e as CustomEvent<ThresholdPreview>).detail);
  private readonly onDiscard = () => this.set(undefined);
  private readonly onKeep = (e: Event) => {
    this.set(undefined);
    this.keep((e as CustomEvent<{ policy: unknown }>).detail.policy);
  };

  hostConnected(): void {
    this.host.addEventListener(THRESHOLD_PREVIEW_EVENT, this.onPreview);
    this.host.addEventListener('threshold-discard', this.onDiscard);
    this.host.addEventListener('threshold-keep', this.onKeep);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(THRESHOLD_PREVIEW_EVENT, this.onPreview);
    this.host.removeEventListener('threshold-discard', this.onDiscard);
    this.host.removeEventListener('threshold-keep', this.onKeep);
  }

  set(value: ThresholdPreview | undefined): void {
    this.value = value;
    this.host.requestUpdate();
  }
}
