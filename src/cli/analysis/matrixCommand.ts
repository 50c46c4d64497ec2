/**
 * `policy-annotator matrix <folder> --rows documents|year|<attribute> --cols entities|codes`: one
 * row a document (or a year, or a value of an attribute), its path (or value) first, then one
 * column an entity or code id with its mentions or coded passages there; `--per-10k` gives them
 * per 10,000 words instead. Entity columns are the entities mentioned, most mentioned first;
 * code columns are the codebook's codes, then codes used but not in it.
 */
import { groupValue } from '../../core/analysis/documentAttributes';
import { Distribution, per10k } from '../../core/analysis/distribution';
import { CliError, EXIT_OK } from '../cliError';
import type { CliEnv } from '../cliEnv';
import type { MatrixArgs } from './analysisArgs';
import { loadCodedDocuments, withAnalysisCorpus, type AnalysedDocument, type CodedDocuments } from './analysisCorpus';
import { csvText, decimal, jsonText } from './analysisOutput';

export async function runMatrix(args: MatrixArgs, env: CliEnv): Promise<number> {
  return withAnalysisCorpus(env, args, async (ctx) => {
    const coded = args.cols === 'codes' ? await loadCodedDocuments(env, ctx, args.codebook) : undefined;
    const ids = coded ? codeIds(coded) : ctx.matcher.entities.map((e) => e.id);
    const column = new Map(ids.map((id, k) => [id, k]));
    const distribution = new Distribution(ids.length);
    const groupOf = (doc: AnalysedDocument): string => (args.rows === 'documents' ? doc.path : groupValue(doc.attributes, args.rows));
    let withValue = 0;
    for await (const doc of ctx.analysed(false)) {
      const counts = new Array<number>(ids.length).fill(0);
      if (coded) {
        for (const p of coded.passages.get(doc.path) ?? []) for (const c of new Set(p.codes)) counts[column.get(c)!]++;
      } else {
        for (let i = 0; i < doc.mentions.length; i++) counts[doc.mentions.entity(i)]++;
      }
      const group = groupOf(doc);
      if (group !== '') withValue++;
      distribution.add(group, doc.words, counts);
    }
    if (ctx.counts.kept === 0)
      throw new CliError(
        `no document of ${ctx.folder.display('')} ${args.where.length > 0 ? `matches --where ${args.where.join(' and ')}` : 'was found'}`,
      );
    if (withValue === 0)
      throw new CliError(
        `no document has the attribute '${args.rows}' (give documents, year, or a field of documents.yaml or of the documents' front matter)`,
      );
    const rows = distribution.result();
    // Entity columns: the entities mentioned, most mentioned first; code columns: all, in order.
    const totals = ids.map((_, k) => rows.reduce((n, r) => n + r.counts[k], 0));
    const shown = ids.map((_, k) => k).filter((k) => coded !== undefined || totals[k] > 0);
    if (!coded) shown.sort((x, y) => totals[y] - totals[x] || (ids[x] < ids[y] ? -1 : 1));
    const value = (count: number, words: number): number => (args.per10k ? decimal(per10k(count, words)) : count);
    const first = args.rows === 'documents' ? 'document' : args.rows;
    if (args.format === 'csv') {
      await env.out.write(
        csvText(
          [first, ...shown.map((k) => ids[k])],
          rows.map((r) => [r.group, ...shown.map((k) => value(r.counts[k], r.words))]),
          args.bom,
        ),
      );
    } else {
      await env.out.write(
        jsonText({
          rows: args.rows,
          cols: args.cols,
          per10k: args.per10k,
          where: args.where,
          columns: shown.map((k) => ids[k]),
          matrix: rows.map((r) => ({
            [first]: r.group,
            documents: r.documents,
            words: r.words,
            values: Object.fromEntries(shown.map((k) => [ids[k], value(r.counts[k], r.words)])),
          })),
        }),
      );
    }
    return EXIT_OK;
  });
}

function codeIds(coded: CodedDocuments): string[] {
  const ids = new Set<string>(coded.codebook?.byId.keys() ?? []);
  for (const passages of coded.passages.values()) for (const p of passages) for (const c of p.codes) ids.add(c);
  return [...ids];
}
