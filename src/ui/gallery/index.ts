export { FgGallery } from './gallery';
export type { ScenarioSelectedDetail } from './gallery';
export { parseLightMarkdown, parseInlines, renderLightMarkdown } from './light-markdown';
export type { Block, Inline } from './light-markdown';
