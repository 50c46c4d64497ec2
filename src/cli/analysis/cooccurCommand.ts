/**
 * `policy-annotator cooccur <folder>`: which entities are mentioned together (in a sentence, a
 * paragraph or a document), which codes are given together (to one passage, or to overlapping
 * passages), and which entities are mentioned inside which codes' passages. One row a pair that
 * occurs together at least `--min` times: `a,b,n_a,n_b,n_ab,c,share_a,share_b,unbalanced`.
 */
import { CooccurrenceCounter, type PairCount } from '../../core/analysis/cooccurrence';
import { mentionUnits, type Unit } from '../../core/analysis/mentionUnits';
import { passageUnits, type CodeUnit } from '../../core/analysis/passageUnits';
import { plural } from '../../core/text/plural';
import { CliError, EXIT_OK } from '../cliError';
import type { CliEnv } from '../cliEnv';
import { renderTable } from '../formatters';
import type { CooccurArgs } from './analysisArgs';
import { loadCodedDocuments, withAnalysisCorpus, type AnalysisContext } from './analysisCorpus';
import { csvText, decimal, jsonText } from './analysisOutput';

export const COOCCUR_COLUMNS = ['a', 'b', 'n_a', 'n_b', 'n_ab', 'c', 'share_a', 'share_b', 'unbalanced'] as const;

type NamedPair = Omit<PairCount, 'a' | 'b'> & { a: string; b: string };

interface Counted {
  counter: CooccurrenceCounter;
  rowIds: readonly string[];
  columnIds: readonly string[];
  documents: number;
}

export async function runCooccur(args: CooccurArgs, env: CliEnv): Promise<number> {
  return withAnalysisCorpus(env, args, async (ctx) => {
    const counted = args.of === 'entities' ? await entityPairs(ctx, args.unit as Unit) : await codePairs(env, ctx, args);
    if (ctx.counts.kept === 0)
      throw new CliError(
        `no document of ${ctx.folder.display('')} ${args.where.length > 0 ? `matches --where ${args.where.join(' and ')}` : 'was found'}: nothing to count`,
      );
    if (counted.counter.units === 0)
      throw new CliError(
        `nothing to count: ${args.of === 'entities' ? 'no catalog entity is mentioned' : 'no coded passage could be placed'} in the ${plural(ctx.counts.kept, 'document')} ${args.where.length > 0 ? 'the filter keeps' : 'of the folder'}`,
      );
    const pairs: NamedPair[] = counted.counter
      .pairs()
      .filter((p) => p.nAB >= args.min)
      .map((p) => ({ ...p, a: counted.rowIds[p.a], b: counted.columnIds[p.b] }));
    if (args.format === 'csv') {
      await env.out.write(
        csvText(
          COOCCUR_COLUMNS,
          pairs.map((p) => [
            p.a,
            p.b,
            p.nA,
            p.nB,
            p.nAB,
            decimal(p.c),
            decimal(p.shareOfA),
            decimal(p.shareOfB),
            p.unbalanced ? 'yes' : 'no',
          ]),
          args.bom,
        ),
      );
    } else if (args.format === 'json') {
      await env.out.write(
        jsonText({
          of: args.of,
          unit: args.unit,
          where: args.where,
          documents: counted.documents,
          units: counted.counter.units,
          pairs: pairs.map(({ a, b, nA, nB, nAB, c, shareOfA, shareOfB, unbalanced }) => ({
            a,
            b,
            n_a: nA,
            n_b: nB,
            n_ab: nAB,
            c,
            share_a: shareOfA,
            share_b: shareOfB,
            unbalanced,
          })),
        }),
      );
    } else {
      await env.out.write(table(args, counted, pairs));
    }
    return EXIT_OK;
  });
}

async function entityPairs(ctx: AnalysisContext, unit: Unit): Promise<Counted> {
  const ids = ctx.matcher.entities.map((e) => e.id);
  const counter = new CooccurrenceCounter(ids.length, ids.length, true);
  const same = (e: number): number => e;
  let documents = 0;
  for await (const doc of ctx.analysed(false)) {
    documents++;
    for (const u of mentionUnits(doc.mentions, unit, same)) counter.addUnit(u);
  }
  return { counter, rowIds: ids, columnIds: ids, documents };
}

async function codePairs(env: CliEnv, ctx: AnalysisContext, args: CooccurArgs): Promise<Counted> {
  // The documents the filter keeps, then their passages.
  const kept = new Set<string>();
  for await (const doc of ctx.analysed(false)) kept.add(doc.path);
  const coded = await loadCodedDocuments(env, ctx, args.codebook);
  const codeIds = new Map<string, number>();
  const entityIds = new Map<string, number>();
  const index = (m: Map<string, number>, id: string): number => {
    let k = m.get(id);
    if (k === undefined) m.set(id, (k = m.size));
    return k;
  };
  // Codebook order first, so every code has its row even when unused.
  for (const id of coded.codebook?.byId.keys() ?? []) index(codeIds, id);
  const units: Array<{ codes: number[]; entities: number[] }> = [];
  let documents = 0;
  for (const [document, passages] of coded.passages) {
    if (!kept.has(document)) continue;
    documents++;
    for (const u of passageUnits(passages, args.unit as CodeUnit))
      units.push({ codes: u.codes.map((c) => index(codeIds, c)), entities: u.entities.map((e) => index(entityIds, e)) });
  }
  if (coded.unplaced > 0)
    await env.err.write(`${plural(coded.unplaced, 'annotation')} could not be placed in their document's text and are not counted\n`);
  const same = args.of === 'codes';
  const counter = new CooccurrenceCounter(codeIds.size, same ? codeIds.size : entityIds.size, same);
  for (const u of units) counter.addUnit(u.codes, same ? u.codes : u.entities);
  return { counter, rowIds: [...codeIds.keys()], columnIds: same ? [...codeIds.keys()] : [...entityIds.keys()], documents };
}

function table(args: CooccurArgs, counted: Counted, rows: readonly NamedPair[]): string {
  const lines = renderTable<NamedPair>(
    [
      { title: args.of === 'codes-entities' ? 'code' : 'a', align: 'left', value: (r) => r.a, maxWidth: 30 },
      { title: args.of === 'codes-entities' ? 'entity' : 'b', align: 'left', value: (r) => r.b, maxWidth: 30 },
      { title: 'n_a', align: 'right', value: (r) => r.nA },
      { title: 'n_b', align: 'right', value: (r) => r.nB },
      { title: 'n_ab', align: 'right', value: (r) => r.nAB },
      { title: 'c', align: 'right', value: (r) => r.c.toFixed(3) },
      { title: 'n_ab/n_a', align: 'right', value: (r) => r.shareOfA.toFixed(3) },
      { title: 'n_ab/n_b', align: 'right', value: (r) => r.shareOfB.toFixed(3) },
      { title: '', align: 'left', value: (r) => (r.unbalanced ? '!' : '') },
    ],
    rows,
  );
  const unit = args.unit === 'overlap' ? 'run of overlapping passages' : args.unit;
  const units = args.unit === 'overlap' ? 'runs of overlapping passages' : `${args.unit}s`;
  const flagged = rows.some((r) => r.unbalanced)
    ? '\n! one side occurs in more than five times as many units as the other: c understates the tie; read the shares'
    : '';
  return `${lines.join('\n')}\n\n${plural(rows.length, 'pair')} in ${plural(counted.counter.units, unit, units)} (those holding any) of ${plural(counted.documents, 'document')}${flagged}\n`;
}
