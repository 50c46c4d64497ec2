/**
 * Bench of issue 11's catalog: loading the world catalog with the sample catalog on top and
 * building the matcher (target: under 300 ms), and the accuracy on the gold set of judged
 * mentions in real UN statements (test/gold/), per class.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { builtInDisplayName } from '../../core/catalog/catalogExtends';
import { buildCatalog, parseCatalogFile } from '../../core/catalog/catalogLoader';
import { compileMatcher } from '../../core/matcher/mentionMatcher';
import type { GoldScore } from '../../core/matcher/goldScore';
import { builtInCatalogPath } from '../builtInCatalogFiles';
import { scoreGoldSet } from './goldSet';

export interface WorldBench {
  entities: number;
  aliases: number;
  /** Median of the runs: parse world.yaml and the sample catalog, lay them, compile the matcher. */
  loadAndBuildMs: number;
  gold?: GoldScore & { texts: number };
}

export function runWorldBench(corpusDir: string, runs = 7): WorldBench {
  const worldText = readFileSync(builtInCatalogPath('world'), 'utf8');
  const sampleFile = join(corpusDir, 'entities.yaml');
  const sampleText = existsSync(sampleFile) ? readFileSync(sampleFile, 'utf8') : 'extends: world\nentities: []\n';
  const times: number[] = [];
  let entities = 0,
    aliases = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const world = parseCatalogFile(worldText, builtInDisplayName('world'));
    const catalog = buildCatalog([parseCatalogFile(sampleText, 'entities.yaml')], [[world]]);
    const matcher = compileMatcher(catalog);
    times.push(performance.now() - t0);
    entities = catalog.entities.length;
    aliases = matcher.aliasCount;
  }
  times.sort((a, b) => a - b);
  const goldDir = join(corpusDir, '..', 'test', 'gold');
  const gold = existsSync(join(goldDir, 'mentions.yaml'))
    ? scoreGoldSet(goldDir, buildCatalog([], [[parseCatalogFile(worldText, builtInDisplayName('world'))]]))
    : undefined;
  return { entities, aliases, loadAndBuildMs: times[Math.floor(times.length / 2)], gold };
}

const pct = (x: number): string => x.toFixed(3);

export function formatWorldBench(b: WorldBench): string {
  const out = [
    'World catalog',
    `  world.yaml with the sample catalog on top: ${b.entities} entities, ${b.aliases} spellings; load, lay and build the matcher: ${b.loadAndBuildMs.toFixed(0)} ms (median; target under 300 ms)`,
  ];
  if (b.gold) {
    const g = b.gold;
    out.push(
      '',
      `Accuracy on the gold set (${g.texts} UN General Debate excerpts, test/gold/; world catalog alone, each text read as of its date)`,
    );
    out.push('  class        judged  found  false+  precision  recall');
    // A class with nothing judged to find (the phrases judged not mentions) has false positives only.
    const row = (name: string, s: GoldScore['overall']): string =>
      `  ${name.padEnd(12)} ${String(s.gold).padStart(6)} ${String(s.found).padStart(6)} ${String(s.falsePositives).padStart(7)}  ${(s.gold === 0 ? '–' : pct(s.precision)).padStart(9)}  ${(s.gold === 0 ? '–' : pct(s.recall)).padStart(6)}`;
    for (const [name, s] of Object.entries(g.byClass)) out.push(row(name, s));
    out.push(row('all', g.overall));
    out.push(
      `  (${g.outsideCatalog} judged mentions name entities the world catalog does not have and are not counted in recall; targets: precision 0.97, recall 0.95)`,
    );
  }
  return out.join('\n');
}
