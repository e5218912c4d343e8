/**
 * What the shell's render helpers (header, side panel, run section, story, view sync) read and
 * set on `<fg-app>`. They take this interface, not the element class, so they need not import
 * app.ts, which imports them (no import cycle).
 */
import type { DashboardSelection } from '../dashboard/dashboard';
import type { TextCheck } from '../editor/validation';
import type { EnginePort } from '../run/engine-port';
import type { RunController } from '../run/run-controller';
import type { SavedDraft } from '../sharing';

export interface AppState {
  text: string;
  check: TextCheck;
  selection: DashboardSelection;
  large: boolean;
  notice: string;
  noticeSerial: number;
  panel: 'library' | 'editor';
  presetId: string | undefined;
  editorOpen: boolean;
  storyStep: number;
  workshop: boolean;
  storyOpen: boolean;
  editorView: 'form' | 'json';
  earlierDraft: SavedDraft | undefined;
  autosaveFailed: boolean;
  workerCount: number;
  readonly runs: RunController;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly scenarioName: string;
  readonly currentEngine: EnginePort | undefined;
}
