// The shipped world catalog: what its fact files make (the generated file is never edited by
// hand), sound for the loader, and accurate on the gold set of judged mentions in real UN
// statements (test/gold/): the figures the README quotes, kept from sliding back.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtInCatalogPath } from '../../../src/cli/builtInCatalogFiles';
import { scoreGoldSet } from '../../../src/cli/bench/goldSet';
import { buildCatalog, parseCatalogFile } from '../../../src/core/catalog/catalogLoader';

const world = buildCatalog([], [[parseCatalogFile(readFileSync(builtInCatalogPath('world'), 'utf8'), 'world')]]);

describe('world catalog and gold set', function () {
  this.timeout(60_000);

  it('is what the fact files make, and loads without a problem', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/catalog/buildWorldCatalog.ts', '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(world.diagnostics, []);
    assert.ok(world.entities.length > 300);
  });

  it('keeps every judged span of the gold set on its text', () => {
    const gold = parse(readFileSync('test/gold/mentions.yaml', 'utf8')) as {
      texts: Array<{
        id: string;
        mentions: Array<{ start: number; end: number; text: string }>;
        notMentions?: Array<{ start: number; end: number; text: string }>;
      }>;
    };
    let items = 0;
    for (const t of gold.texts) {
      const text = readFileSync(`test/gold/texts/${t.id}.txt`, 'utf8');
      for (const m of [...t.mentions, ...(t.notMentions ?? [])]) {
        assert.equal(text.slice(m.start, m.end), m.text, `${t.id} ${m.start}`);
        items++;
      }
    }
    assert.ok(items >= 350, `${items} judged items`);
  });

  it('reaches precision 0.97 and recall 0.95 on the gold set, in every class of names but the dated', () => {
    const score = scoreGoldSet('test/gold', world);
    assert.ok(score.overall.precision >= 0.97, `precision ${score.overall.precision}`);
    assert.ok(score.overall.recall >= 0.95, `recall ${score.overall.recall}`);
    for (const cls of ['formal', 'nested', 'historical'])
      assert.ok(score.byClass[cls].recall >= 0.9, `${cls}: ${JSON.stringify(score.byClass[cls])}`);
  });
});
