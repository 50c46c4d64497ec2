// The editor bench's entry (`npm run bench:editor`): loaded by the extension host as its
// `extensionTestsPath`, like the in-editor suite, but not a test. It activates the extension when
// the folder did not (a folder without a catalog activates it only when a text is opened), waits
// for the first index, then measures memory, Find All References on the most-mentioned entity and
// an explicit Rebuild Index, and writes HostFigures as JSON for the runner
// (scripts/vscode-host/benchEditor.ts), which prints them. Progress goes to the runner's log file.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { canCollect, collectGarbage } from '../../src/cli/bench/measure';
import { mostMentioned } from '../../src/cli/bench/mostMentioned';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { COMMANDS } from '../../src/vscode/commandIds';
import { EXTENSION_ID } from '../vscode/support/extensionApi';
import { waitFor } from '../vscode/support/waitFor';
import { BENCH_ENV, type HostFigures, type ReferenceFigures } from './hostFigures';
import { StallSampler } from './stallSampler';

// Sampling starts as the entry loads: when the folder already activated the extension, the first
// index may be under way (or done) by now, and HostFigures says how much of it was sampled.
const loadedAt = performance.now();
const firstIndexSampler = new StallSampler();

const MB = 1024 * 1024;

function progress(line: string): void {
  const file = process.env[BENCH_ENV.log];
  if (file) fs.appendFileSync(file, `[bench-editor host] ${line}\n`);
  else console.log(line);
}

function memoryAfterGc(): NodeJS.MemoryUsage {
  collectGarbage();
  return process.memoryUsage();
}

async function firstIndex(): Promise<{ api: PolicyAnnotatorApi; activatedBy: HostFigures['activatedBy'] }> {
  const extension = vscode.extensions.getExtension<PolicyAnnotatorApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const activatedBy = extension.isActive ? 'workspace' : 'bench';
  progress(
    activatedBy === 'bench'
      ? 'activating the extension (nothing in the folder did)'
      : 'the folder activated the extension before the bench entry loaded',
  );
  const api = extension.isActive ? extension.exports : await extension.activate();
  progress('waiting for the first index ...');
  await api.ready;
  await api.corpus.loading.loaded;
  await waitFor(() => api.activation.indexedAt !== undefined, 10_000, 'the time of the first index');
  return { api, activatedBy };
}

/** Where the most-mentioned entity is mentioned most: that document, and the middle of its first mention there. */
function busiestEntity(api: PolicyAnnotatorApi): { entity: number; count: number; document: string; offset: number } | undefined {
  const index = api.corpus.index;
  const most = mostMentioned(index);
  if (!most) return undefined;
  const { entity, count } = most;
  const document = index.documentsOf(entity)[0].document;
  const list = index.document(document)?.mentions;
  for (let i = 0; list && i < list.length; i++) {
    if (list.entity(i) === entity) return { entity, count, document, offset: (list.start(i) + list.end(i)) >> 1 };
  }
  return undefined;
}

/** The user's path: Shift+F12 (Go to References) in the workbench, timed until the peek is open.
 * The locations cross from the extension host to the workbench once (the API call above carries
 * them there and back again). */
async function measurePeek(text: vscode.TextDocument, position: vscode.Position): Promise<number> {
  const editor = await vscode.window.showTextDocument(text, { preview: false });
  editor.selection = new vscode.Selection(position, position);
  const started = performance.now();
  await vscode.commands.executeCommand('editor.action.goToReferences');
  const ms = performance.now() - started;
  await vscode.commands.executeCommand('closeReferenceSearch');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return ms;
}

async function measureReferences(api: PolicyAnnotatorApi): Promise<ReferenceFigures | null> {
  const busiest = busiestEntity(api);
  if (!busiest) return null;
  const entity = api.corpus.index.entities[busiest.entity];
  const uri = api.corpus.uriOf(busiest.document) ?? vscode.Uri.parse(busiest.document);
  const text = await vscode.workspace.openTextDocument(uri); // opened untimed: only the references are timed
  const position = text.positionAt(busiest.offset);
  const document = vscode.workspace.asRelativePath(uri, false);
  progress(
    `Find All References on ${entity.id} (${busiest.count} mentions) from ${document}:${position.line + 1}:${position.character + 1} ...`,
  );
  const heapBefore = memoryAfterGc().heapUsed;
  const sampler = new StallSampler();
  const started = performance.now();
  const locations = await vscode.commands.executeCommand<vscode.Location[] | undefined>('vscode.executeReferenceProvider', uri, position);
  const referencesMs = performance.now() - started;
  const heapAfter = process.memoryUsage().heapUsed; // the locations are still held here
  const sampled = sampler.stop();
  const peekMs = await measurePeek(text, position);
  return {
    entity: entity.id,
    entityName: entity.name,
    entityMentions: busiest.count,
    entityDocuments: api.corpus.index.documentCountOf(busiest.entity),
    document,
    referencesMs,
    referencesCount: locations?.length ?? 0,
    referencesLongestStallMs: sampled.longestMs,
    peekMs,
    hostHeapGrowthReferencesMB: (Math.max(heapAfter, sampled.peakHeapBytes) - heapBefore) / MB,
  };
}

async function measure(): Promise<HostFigures> {
  const { api, activatedBy } = await firstIndex();
  const stall = firstIndexSampler.stop();
  const { activatedAt } = api.activation;
  const indexedAt = api.activation.indexedAt ?? performance.now();
  const index = api.corpus.index;
  const report = api.corpus.lastReport;
  progress(
    `first index: ${index.documentCount} documents, ${index.mentionCount} mentions in ${Math.round(indexedAt - activatedAt)} ms from activation`,
  );
  const memory = memoryAfterGc();
  const stallSampledFromMs = loadedAt - activatedAt;
  const sampledAnyOfIndex = loadedAt < indexedAt;

  const references = await measureReferences(api);
  if (references) progress(`references: ${references.referencesCount} in ${Math.round(references.referencesMs)} ms`);

  progress('Rebuild Index ...');
  const rebuildSampler = new StallSampler();
  const started = performance.now();
  await vscode.commands.executeCommand(COMMANDS.reindex);
  const rebuildMs = performance.now() - started;
  const rebuildStall = rebuildSampler.stop();
  progress(`rebuilt: ${api.corpus.index.documentCount} documents in ${Math.round(rebuildMs)} ms`);

  return {
    documents: index.documentCount,
    mentions: index.mentionCount,
    catalogEntities: index.entities.length,
    entitiesMentioned: report?.entitiesMentioned ?? 0,
    activatedBy,
    indexMs: indexedAt - activatedAt,
    indexBuildMs: report?.milliseconds ?? null,
    longestStallMs: sampledAnyOfIndex ? stall.longestMs : null,
    stallsOver50Ms: stall.overThreshold,
    stallsAt: stall.stalls.map((x) => ({ atMs: x.atMs + stallSampledFromMs, ms: x.ms })),
    stallSampledFromMs,
    stallCoversWholeIndex: stallSampledFromMs <= 0,
    hostHeapMB: memory.heapUsed / MB,
    hostArrayBuffersMB: memory.arrayBuffers / MB,
    hostRssMB: memory.rss / MB,
    gcForced: canCollect(),
    references,
    rebuildMs,
    rebuildLongestStallMs: rebuildStall.longestMs,
    rebuildStallsOver50Ms: rebuildStall.overThreshold,
    rebuildStallsAt: rebuildStall.stalls,
    hostHeapAfterRebuildMB: memoryAfterGc().heapUsed / MB,
  };
}

/** The extension-test entry point: rejects (a non-zero exit code for the runner) when the bench could not run. */
export async function run(): Promise<void> {
  try {
    const figures = await measure();
    const file = process.env[BENCH_ENV.result];
    if (!file) throw new Error(`${BENCH_ENV.result} is not set: run the bench with \`npm run bench:editor\``);
    fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  } catch (err) {
    progress(`the bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    throw err;
  } finally {
    firstIndexSampler.stop();
  }
}
