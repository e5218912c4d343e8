export { FgStory } from './story';
export * from './story-steps';
