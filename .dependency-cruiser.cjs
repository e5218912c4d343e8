/**
 * Import rules checked by `npm run lint` (dependency-cruiser): no import cycle anywhere in src/
 * and workers/, type imports included, and dependencies pointing one way:
 * ui / charts / cli / report → workers → core, and core imports nothing outside core.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A module must not reach itself through its imports (type imports count: one value import would make it a load-order bug).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stays-in-core',
      severity: 'error',
      comment: 'src/core is the shared, pure part: it imports only core and npm packages.',
      from: { path: '^src/core/' },
      to: { path: '^(src/(?!core/)|workers/)' },
    },
    {
      name: 'workers-below-the-edges',
      severity: 'error',
      comment: 'Workers sit between the edges and the core: they never import ui, charts, cli or report.',
      from: { path: '^workers/' },
      to: { path: '^src/(ui|charts|cli|report)/' },
    },
    {
      name: 'charts-and-report-not-ui-or-cli',
      severity: 'error',
      comment: 'Charts and the report builder are shared by the app and the CLI.',
      from: { path: '^src/(charts|report)/' },
      to: { path: '^src/(ui|cli)/' },
    },
    {
      name: 'ui-not-cli',
      severity: 'error',
      comment: 'The app and the CLI are separate edges.',
      from: { path: '^src/ui/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'cli-not-ui',
      severity: 'error',
      comment: 'The app and the CLI are separate edges.',
      from: { path: '^src/cli/' },
      to: { path: '^src/ui/' },
    },
  ],
  options: {
    // Type-only imports are dependencies too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
