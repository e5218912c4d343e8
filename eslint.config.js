import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'node_modules/', 'coverage/', 'out/', 'scenarios/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-globals': ['error', 'eval'],
    },
  },
  {
    // The core is pure: no DOM, no Node, no UI, and every draw comes from the scenario's seed.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'worker_threads'], message: 'src/core must not import Node modules.' },
          { group: ['lit', 'lit/*', 'd3', 'd3-*', '**/ui/**', '**/charts/**', '**/cli/**', '**/workers/**'], message: 'src/core must not import UI, charts, CLI or workers.' },
        ],
      }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded streams in src/core/random.' }],
    },
  },
  {
    // The report builder is shared by the CLI and the app: it may use core and charts, never ui or cli.
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/cli/**', '**/workers/**', 'node:*', 'lit', 'lit/*'], message: 'src/report must not import ui, cli, workers, Node or Lit.' }] }],
    },
  },
  {
    files: ['src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/cli/**'], message: 'charts must not import ui or cli.' }] }],
    },
  },
);
