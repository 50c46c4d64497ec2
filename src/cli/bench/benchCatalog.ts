/**
 * Everything measured for one catalog size: catalog load (YAML parse and checks), matcher build,
 * indexing the whole corpus, re-scanning one small and one large document in the populated index
 * (what an edit costs), index memory, a co-mentions query and the Analysis panel's model.
 */
import { performance } from 'node:perf_hooks';
import { buildCatalog, parseCatalogFile } from '../../core/catalog/catalogLoader';
import type { Catalog, DeclaredEntity } from '../../core/catalog/catalogTypes';
import { CoMentions, type CoMentionScope } from '../../core/index/coMentions';
import { CorpusIndex } from '../../core/index/corpusIndex';
import { compileMatcher, type CompiledMatcher } from '../../core/matcher/mentionMatcher';
import { renderCatalogYaml, type SpecEntity } from './catalogYaml';
import type { BenchCorpus, BenchDocument } from './corpusGenerator';
import { benchDecorationRanges } from './decorationBench';
import { canCollect, collectGarbage, liveBytes, repeat, repeatWithin, summarise, time, type Timing } from './measure';
import { mostMentioned } from './mostMentioned';
import { benchPanelModel, type PanelModelFigure } from './panelModelBench';
import type { SeedCatalog } from './seedCatalog';

export interface BenchSettings {
  /** Timed passes over the whole corpus (after one warm-up pass). */
  indexRuns: number;
  smallRescans: number;
  largeRescans: number;
}

export interface CoMentionResult {
  entity: string;
  mentions: number;
  documents: number;
  partners: number;
  sentenceMs: Timing;
  paragraphMs: Timing;
}

export interface SizeResult {
  /** Catalog size asked for; `entities` is what the loaded catalog holds. */
  size: number;
  entities: number;
  realEntities: number;
  syntheticEntities: number;
  aliases: number;
  trieNodes: number;
  matcherBytes: number;
  /** Both YAML files parsed at load: the real catalog and the synthetic one. */
  catalogYamlBytes: number;
  renderMs: number;
  diagnostics: number;
  loadMs: Timing;
  buildMs: Timing;
  indexMs: Timing;
  /** CPU time (user + system, all threads of the process) of each pass: unlike wall time it does not
   * grow when other processes take the core away. */
  indexCpuMs: Timing;
  /** MB/s (10^6 UTF-8 bytes a second) of the best and the median pass. */
  throughputBest: number;
  throughputMedian: number;
  /** MB per CPU second of the pass that used the least CPU. */
  throughputCpu: number;
  mentions: number;
  rescanSmallMs: Timing;
  rescanLargeMs: Timing;
  /** Highlight positions per style of the large document (after its re-scan, before the editor). */
  rangesLargeMs: Timing;
  indexMemoryBytes: number;
  /** Heap and array-buffer growth while the index was built; null when gc could not be forced. */
  heapDeltaBytes: number | null;
  coMentions: CoMentionResult | null;
  /** The Analysis panel's model over the whole index. */
  panelModel: PanelModelFigure;
}

const SYNTHETIC_FILE = 'bench-synthetic.entities.yaml';

export function benchCatalogSize(
  size: number,
  seed: SeedCatalog,
  synthetic: readonly SpecEntity[],
  corpus: BenchCorpus,
  settings: BenchSettings,
): SizeResult {
  const realEntities = Math.min(size, seed.entities.length);
  const padding = synthetic.slice(0, size - realEntities);
  const render = time(() => renderCatalogYaml(padding, `${padding.length} synthetic entities of the policy-annotator bench`));
  const yaml = render.value;

  let catalog: Catalog | undefined;
  collectGarbage();
  const loadMs = repeatWithin(
    () => {
      catalog = loadBenchCatalog(seed, realEntities, yaml);
    },
    5,
    2,
    3000,
  );
  if (!catalog) throw new Error('catalog did not load');
  const loaded: Catalog = catalog;

  let matcher: CompiledMatcher = compileMatcher(loaded); // warm-up, untimed
  collectGarbage();
  const buildMs = repeatWithin(
    () => {
      matcher = compileMatcher(loaded);
    },
    9,
    3,
    2000,
  );

  const { index, indexMs, indexCpuMs, heapDeltaBytes } = indexRepeatedly(matcher, corpus.documents, settings.indexRuns);
  const mb = corpus.totalBytes / 1e6;
  const coMentions = new CoMentions(index); // subscribed, as in the editor: every edit clears its cache
  const rescanSmallMs = rescan(index, corpus.small, settings.smallRescans);
  const rescanLargeMs = rescan(index, corpus.large, settings.largeRescans);
  const rangesLargeMs = benchDecorationRanges(index, corpus.large, settings.largeRescans);
  coMentions.dispose();

  return {
    size,
    entities: loaded.entities.length,
    realEntities,
    syntheticEntities: padding.length,
    aliases: matcher.aliasCount,
    trieNodes: matcher.nodeCount,
    matcherBytes: matcherBytes(matcher),
    catalogYamlBytes: Buffer.byteLength(seed.text, 'utf8') + Buffer.byteLength(yaml, 'utf8'),
    renderMs: render.ms,
    diagnostics: loaded.diagnostics.length,
    loadMs,
    buildMs,
    indexMs,
    indexCpuMs,
    throughputBest: mb / (indexMs.best / 1000),
    throughputMedian: mb / (indexMs.median / 1000),
    throughputCpu: mb / (indexCpuMs.best / 1000),
    mentions: index.mentionCount,
    rescanSmallMs,
    rescanLargeMs,
    rangesLargeMs,
    indexMemoryBytes: index.memoryBytes,
    heapDeltaBytes,
    coMentions: queryCoMentions(index),
    panelModel: benchPanelModel(`generated, ${size.toLocaleString('en-US')} entities`, index, settings.indexRuns),
  };
}

/** The real entities (all, or the `realEntities` most mentioned) and the synthetic file, merged and checked as the extension does. */
function loadBenchCatalog(seed: SeedCatalog, realEntities: number, syntheticYaml: string): Catalog {
  const real = parseCatalogFile(seed.text, seed.file);
  const kept =
    realEntities < real.entities.length
      ? { ...real, entities: keepOnly(real.entities, new Set(seed.byMentions.slice(0, realEntities))) }
      : real;
  return buildCatalog([kept, parseCatalogFile(syntheticYaml, SYNTHETIC_FILE)]);
}

/** The entities with these ids, in declaration order, less relations to the others (they would only add diagnostics). */
function keepOnly(entities: readonly DeclaredEntity[], ids: ReadonlySet<string>): DeclaredEntity[] {
  return entities
    .filter((e) => ids.has(e.id))
    .map((e) => {
      const keep = e.relations.map((r) => ids.has(r.target));
      return { ...e, relations: e.relations.filter((_, i) => keep[i]), relationLocations: e.relationLocations.filter((_, i) => keep[i]) };
    });
}

function indexCorpus(matcher: CompiledMatcher, documents: readonly BenchDocument[]): CorpusIndex {
  const index = new CorpusIndex(matcher);
  for (const d of documents) index.setDocument(d.id, d.text);
  return index;
}

/** One untimed warm-up pass, then `runs` timed passes, each on a fresh index after a full gc. */
function indexRepeatedly(
  matcher: CompiledMatcher,
  documents: readonly BenchDocument[],
  runs: number,
): { index: CorpusIndex; indexMs: Timing; indexCpuMs: Timing; heapDeltaBytes: number | null } {
  let index: CorpusIndex | undefined;
  let heapDeltaBytes: number | null = null;
  const passes: number[] = [];
  const cpuPasses: number[] = [];
  for (let run = -1; run < runs; run++) {
    index = undefined;
    collectGarbage();
    const before = liveBytes();
    // No wrapper object: a stale register holding the last pass would keep it alive through the gc.
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    index = indexCorpus(matcher, documents);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (run < 0) continue;
    passes.push(ms);
    cpuPasses.push((cpu.user + cpu.system) / 1000);
    if (run === runs - 1 && canCollect()) {
      collectGarbage();
      heapDeltaBytes = liveBytes() - before;
    }
  }
  if (!index) throw new Error('no index pass ran');
  return { index, indexMs: summarise(passes), indexCpuMs: summarise(cpuPasses), heapDeltaBytes };
}

/** setDocument on the populated index, alternating the text and an edited copy (as typing does). */
function rescan(index: CorpusIndex, doc: BenchDocument, reps: number): Timing {
  const mid = Math.max(0, doc.text.indexOf(' ', doc.text.length >> 1));
  const edited = [doc.text.slice(0, mid), ' amended', doc.text.slice(mid)].join('');
  const texts = [doc.text, edited];
  collectGarbage();
  const timing = repeat(
    (run) => {
      index.setDocument(doc.id, texts[run & 1]);
    },
    reps,
    5,
  );
  index.setDocument(doc.id, doc.text);
  return timing;
}

/** Co-mentions of the most-mentioned entity, computed from scratch (a fresh cache each run). */
function queryCoMentions(index: CorpusIndex): CoMentionResult | null {
  const most = mostMentioned(index);
  if (!most) return null;
  const { entity: top, count: topCount } = most;
  let partners = 0;
  const query = (scope: CoMentionScope): Timing =>
    repeat(
      () => {
        const co = new CoMentions(index);
        partners = Math.max(partners, co.of(top, scope).length);
        co.dispose();
      },
      5,
      1,
    );
  return {
    entity: index.entities[top].id,
    mentions: topCount,
    documents: index.documentCountOf(top),
    sentenceMs: query('sentence'),
    paragraphMs: query('paragraph'),
    partners,
  };
}

function matcherBytes(m: CompiledMatcher): number {
  return (
    m.rootNext.byteLength +
    m.nearEdges.records.byteLength +
    m.farEdges.records.byteLength +
    m.startFilter.byteLength +
    m.termHead.byteLength +
    m.aliasNext.byteLength +
    m.aliasEntity.byteLength +
    m.aliasIgnoreCase.byteLength +
    m.aliasEndsInWord.byteLength
  );
}
