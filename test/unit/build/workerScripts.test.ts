// Every worker thread the extension and the CLI start (bundledScript('<name>') in src/node) is built
// beside the bundles and shipped in the package: a thread missing from the .vsix would silently
// fall back to the host's thread.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('worker thread scripts', () => {
  const names = new Set<string>();
  for (const file of readdirSync(path.join(ROOT, 'src', 'node'))) {
    for (const m of readFileSync(path.join(ROOT, 'src', 'node', file), 'utf8').matchAll(/bundledScript\('(\w+)'\)/g)) names.add(m[1]);
  }

  it('are found in the sources', () => {
    assert.deepEqual([...names].sort(), ['catalogWorker', 'scanWorker']);
  });

  it('are each built to dist/ and let into the package', () => {
    const build = readFileSync(path.join(ROOT, 'scripts', 'build.mjs'), 'utf8');
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const name of names) {
      assert.ok(build.includes(`entryPoints: ['src/node/${name}.ts'], outfile: 'dist/${name}.js'`), `${name} is built`);
      assert.ok(ignore.includes(`!dist/${name}.js`), `${name}.js is packaged`);
    }
  });
});

describe('built-in catalog snapshots', () => {
  it('are written by the build beside the bundles and let into the package', () => {
    const build = readFileSync(path.join(ROOT, 'scripts', 'build.mjs'), 'utf8');
    const writer = readFileSync(path.join(ROOT, 'scripts', 'catalog', 'writeCatalogSnapshots.ts'), 'utf8');
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.match(build, /writeCatalogSnapshots\.ts/, 'the build runs the writer');
    assert.match(writer, /`\$\{name\}\.catalog\.json`/, 'one <name>.catalog.json a built-in catalog');
    assert.ok(ignore.includes('!dist/*.catalog.json'), 'every snapshot is packaged');
  });
});

describe('webview scripts', () => {
  it('are built for the browser and let into the package, with their styles and licences', () => {
    const page = readFileSync(path.join(ROOT, 'src', 'features', 'analysis', 'analysisHtml.ts'), 'utf8');
    const scripts = [...page.matchAll(/'dist', '(\w+)\.js'/g)].map((m) => m[1]);
    assert.deepEqual(scripts, ['analysisView']);
    const build = readFileSync(path.join(ROOT, 'scripts', 'build.mjs'), 'utf8');
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const name of scripts) {
      assert.match(build, new RegExp(`outfile: 'dist/${name}\\.js',\\s+platform: 'browser'`), `${name} is built for the browser`);
      assert.ok(ignore.includes(`!dist/${name}.js`), `${name}.js is packaged`);
      assert.ok(ignore.includes(`!dist/${name}.js.LEGAL.txt`), `the licences of what ${name}.js bundles are packaged`);
    }
    assert.ok(ignore.includes('!media/**'), 'the panel styles are packaged');
  });
});
