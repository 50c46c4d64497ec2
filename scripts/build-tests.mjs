// Bundles the in-editor suite (test/vscode/) into dist/test/vscode/: index.js (the run() entry,
// mocha bundled in, so it loads in any extension host whatever its Node) and one file per
// `*.test.ts`. With `--bench`, bundles the editor bench entry (test/bench/editorBench.ts) into
// dist/test/bench/ instead: not a test, never picked up by the suite. `vscode` stays external:
// the extension host provides it.
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const bench = process.argv.includes('--bench');
const srcDir = bench ? 'test/bench' : 'test/vscode';
const outDir = bench ? 'dist/test/bench' : 'dist/test/vscode';

/** @returns {string[]} */
function entryPoints() {
  if (bench) return [path.join(srcDir, 'editorBench.ts')];
  const tests = fs
    .readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(srcDir, f));
  return [path.join(srcDir, 'index.ts'), ...tests];
}

try {
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: entryPoints(),
    outdir: outDir,
    outbase: srcDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode'],
    logLevel: 'warning',
    // Mocha's parallel mode (worker files found by require.resolve) is not used in the editor.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
} catch (err) {
  console.error(`build-tests: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
