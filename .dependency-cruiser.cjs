// The house's import rules (docs/ARCHITECTURE.md, "Layers"), checked by `npm run lint:deps`
// (part of `npm test`): each layer imports only the layers below it, and no module imports itself
// back through others.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A module must not import itself back through others: split the shared part out.',
      severity: 'error',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      comment: 'src/core is the floor: plain TypeScript, no editor, no CLI, no Node adapters.',
      severity: 'error',
      from: { path: '^src/core' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'core-has-no-vscode',
      comment: 'The core runs in plain Node (the CLI, worker threads, unit tests).',
      severity: 'error',
      from: { path: '^src/(core|node|cli)' },
      to: { path: '^vscode$', dependencyTypes: ['core', 'npm', 'unknown', 'undetermined'] },
    },
    {
      name: 'node-imports-only-core',
      comment: 'src/node holds Node adapters of the core ports (file stores, lock, threads).',
      severity: 'error',
      from: { path: '^src/node' },
      to: { path: '^src/(?!core/|node/)' },
    },
    {
      name: 'cli-is-private',
      comment: 'Only the CLI imports src/cli; shared code belongs in src/core or src/node.',
      severity: 'error',
      from: { path: '^src/(?!cli/)' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'vscode-below-services-and-features',
      comment: 'src/vscode holds thin helpers over the editor API, used by services and features.',
      severity: 'error',
      from: { path: '^src/vscode' },
      to: { path: '^src/(features|services|cli)/' },
    },
    {
      name: 'services-below-features',
      comment: 'Shared services (corpus, annotations) know no feature.',
      severity: 'error',
      from: { path: '^src/services' },
      to: { path: '^src/(features|cli)/' },
    },
    {
      name: 'webview-imports-only-core',
      comment: 'src/webview runs in the browser: its own code and the pure core, never the editor, Node adapters or services.',
      severity: 'error',
      from: { path: '^src/webview' },
      to: { path: '^src/(?!core/|webview/)' },
    },
    {
      name: 'webview-is-a-page',
      comment: 'A webview script is loaded by its page, never imported by the extension.',
      severity: 'error',
      from: { path: '^src/(?!webview/)' },
      to: { path: '^src/webview/' },
    },
    {
      name: 'nothing-imports-the-entry',
      comment: 'extension.ts only wires; nothing imports it.',
      severity: 'error',
      from: {},
      to: { path: '^src/extension\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules|test/vscode-host)' },
  },
};
