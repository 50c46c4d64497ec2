// A corpus big enough to be scanned on worker threads: the index the editor builds that way is
// exactly what the core finds in each file as the editor reads it (BOM dropped, CRLF kept, an
// invalid byte read as U+FFFD), the report says on how many threads and how big the index is, and
// the extension host is never blocked for long while it indexes.
import * as assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { scanDocument } from '../../src/core/matcher/documentScanner';
import { THREADS_FROM } from '../../src/services/corpus/documentIndexing';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { indexAtRest } from './support/indexAtRest';
import { waitFor } from './support/waitFor';

const FOLDER = 'threaded-corpus';
const COUNT = THREADS_FROM + 16;

/** Documents cut from the sample corpus, in three encodings' worth of shapes. */
async function writeDocuments(): Promise<string[]> {
  const sources = (await vscode.workspace.findFiles('*.txt')).sort((a, b) => a.path.localeCompare(b.path));
  const text = (await Promise.all(sources.map(async (u) => new TextDecoder().decode(await vscode.workspace.fs.readFile(u))))).join('\n\n');
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim().length > 40);
  const names: string[] = [];
  for (let k = 0; k < COUNT; k++) {
    const body = paragraphs.slice((k * 7) % paragraphs.length, ((k * 7) % paragraphs.length) + 1 + (k % 5)).join('\n\n');
    let bytes = new TextEncoder().encode(k % 3 === 1 ? body.replace(/\n/g, '\r\n') : body);
    if (k % 10 === 2) bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]); // a byte order mark
    if (k % 10 === 5) bytes = new Uint8Array([...bytes.slice(0, 20), 0xff, ...bytes.slice(20)]); // not UTF-8 at one byte
    const name = `${FOLDER}/doc-${String(k).padStart(3, '0')}.txt`;
    await vscode.workspace.fs.writeFile(workspaceUri(name), bytes);
    names.push(name);
  }
  return names;
}

describe('indexing on worker threads in the editor', () => {
  let api: PolicyAnnotatorApi;
  let baseline: number;
  before(async () => {
    api = await extensionApi();
    baseline = api.corpus.index.documentCount;
  });
  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false });
    await waitFor(
      () => api.corpus.index.documentCount === baseline,
      15_000,
      () => `the generated documents leave the index (${api.corpus.index.documentCount} documents)`,
    );
    await indexAtRest(api); // the watcher's events for each deleted file, before the next test
  });

  it('indexes each document exactly as the core scans the text the editor reads, on every core, without blocking the host', async () => {
    const names = await writeDocuments();
    await waitFor(
      () => api.corpus.index.documentCount === baseline + COUNT,
      20_000,
      () => `the watcher adds the documents (${api.corpus.index.documentCount})`,
    );
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    await vscode.commands.executeCommand('policyAnnotator.reindex');
    stalls.disable();
    const report = api.corpus.lastReport;
    assert.ok(report);
    assert.equal(report.documents, baseline + COUNT);
    assert.equal(report.threads, availableParallelism(), 'one scanning thread a core');
    assert.ok(report.indexBytes > 0);
    assert.ok(
      api.log
        .lines()
        .some(
          (l) =>
            l.includes(`Indexed ${report.documents} documents`) &&
            l.includes(`on ${report.threads} thread`) &&
            l.includes('the index holds'),
        ),
      api.log.lines().slice(-3).join('\n'),
    );
    // Not a timing test: a generous bound that only a host blocked for the whole rebuild would break.
    assert.ok(stalls.max / 1e6 < 1_000, `longest stall ${(stalls.max / 1e6).toFixed(0)} ms`);

    const { index } = api.corpus;
    let mentions = 0;
    for (const name of names) {
      const uri = workspaceUri(name);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const expected = scanDocument(index.matcher, text);
      const indexed = index.document(uri.toString());
      assert.ok(indexed, `${name} is indexed`);
      assert.deepEqual([...indexed.mentions], [...expected.mentions], name);
      assert.equal(indexed.length, text.length, `${name}: its length is the editor's text's`);
      mentions += expected.mentions.length;
    }
    assert.ok(mentions > COUNT, `the documents mention entities (${mentions})`);
  });
});
