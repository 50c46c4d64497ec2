// Bundles the extension and the CLI with esbuild. `vscode` stays external: the editor provides it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const watch = process.argv.includes('--watch');
// Each build's own id, in its bundles: the world catalog's snapshot is used only by the build that
// wrote it (src/core/catalog/catalogSnapshot.ts). Watch builds write none.
const buildId = watch ? 'watch' : randomUUID();
const common = {
  define: { __POLICY_ANNOTATOR_BUILD__: JSON.stringify(buildId) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/cli/bench/main.ts'], outfile: 'dist/bench.js' },
  // The scanning thread of the extension and the CLI (src/node/workerScanPool.ts), beside both.
  { entryPoints: ['src/node/scanWorker.ts'], outfile: 'dist/scanWorker.js' },
  // The editor's catalog build thread (src/node/catalogThread.ts).
  { entryPoints: ['src/node/catalogWorker.ts'], outfile: 'dist/catalogWorker.js' },
  // The Analysis panel's webview script (src/webview/analysis): runs in the browser, with the
  // chart and network libraries bundled in (never loaded from the network).
  {
    entryPoints: ['src/webview/analysis/main.ts'],
    outfile: 'dist/analysisView.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'external',
  },
];

// xmllint-wasm (src/node/qdeValidation.ts) runs libxml2 in a worker it starts from its own folder:
// its worker script, WebAssembly module and licence go next to the bundles.
mkdirSync('dist', { recursive: true });
for (const [from, to] of [
  ['xmllint-node.js', 'xmllint-node.js'],
  ['xmllint.wasm', 'xmllint.wasm'],
  ['COPYING', 'xmllint-wasm.LICENSE.txt'],
]) {
  copyFileSync(`node_modules/xmllint-wasm/${from}`, `dist/${to}`);
}

if (watch) {
  const { context } = await import('esbuild');
  for (const e of entries) await (await context({ ...common, ...e })).watch();
  // A snapshot would outlive the catalog code it was parsed by: none while watching.
  for (const f of readdirSync('dist')) if (f.endsWith('.catalog.json')) rmSync(`dist/${f}`);
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
  // The built-in catalogs parsed once here, read back at start instead of their YAML
  // (src/core/catalog/catalogSnapshot.ts).
  const writer = 'node_modules/.cache/policy-annotator/writeCatalogSnapshots.js';
  await build({ ...common, sourcemap: false, entryPoints: ['scripts/catalog/writeCatalogSnapshots.ts'], outfile: writer });
  execFileSync(process.execPath, [writer, 'dist'], { stdio: 'inherit' });
}
