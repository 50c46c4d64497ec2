/**
 * `policy-annotator kwic <folder>`: every place an entity is mentioned, a code's passages, or a
 * phrase (whole words, any case), as concordance lines `document,line,column,left,match,right`
 * with `--width` characters of context, sorted by document, date, or the words around the match.
 */
import { findPhrase, sortConcordance, type ConcordanceLine } from '../../core/analysis/concordance';
import { concordanceLineIn } from '../../core/analysis/documentConcordance';
import { plural } from '../../core/text/plural';
import { CliError, EXIT_OK } from '../cliError';
import type { CliEnv } from '../cliEnv';
import { renderTable } from '../formatters';
import type { KwicArgs } from './analysisArgs';
import { loadCodedDocuments, withAnalysisCorpus, type AnalysedDocument, type AnalysisContext } from './analysisCorpus';
import { csvText, jsonText } from './analysisOutput';

export const KWIC_COLUMNS = ['document', 'line', 'column', 'left', 'match', 'right', 'date'] as const;

export async function runKwic(args: KwicArgs, env: CliEnv): Promise<number> {
  return withAnalysisCorpus(env, args, async (ctx) => {
    const lines = sortConcordance(await collect(env, ctx, args), args.sort);
    if (ctx.counts.kept === 0)
      throw new CliError(
        `no document of ${ctx.folder.display('')} ${args.where.length > 0 ? `matches --where ${args.where.join(' and ')}` : 'was found'}`,
      );
    const date = (l: ConcordanceLine): string => l.date ?? '';
    if (args.format === 'csv') {
      await env.out.write(
        csvText(
          KWIC_COLUMNS,
          lines.map((l) => [l.document, l.line, l.column, l.left, l.match, l.right, date(l)]),
          args.bom,
        ),
      );
    } else if (args.format === 'json') {
      await env.out.write(
        jsonText({
          target: args.target,
          width: args.width,
          sort: args.sort,
          where: args.where,
          documents: ctx.counts.kept,
          lines: lines.map((l) => ({
            document: l.document,
            line: l.line,
            column: l.column,
            left: l.left,
            match: l.match,
            right: l.right,
            date: date(l) || undefined,
          })),
        }),
      );
    } else {
      const table = renderTable<ConcordanceLine>(
        [
          { title: 'document:line:column', align: 'left', value: (l) => `${l.document}:${l.line}:${l.column}`, maxWidth: 48 },
          { title: 'left', align: 'right', value: (l) => l.left },
          { title: 'match', align: 'left', value: (l) => l.match },
          { title: 'right', align: 'left', value: (l) => l.right },
        ],
        lines,
      );
      await env.out.write(
        `${table.join('\n')}\n\n${plural(lines.length, 'line')} in ${plural(new Set(lines.map((l) => l.document)).size, 'document')} of ${ctx.counts.kept}\n`,
      );
    }
    return EXIT_OK;
  });
}

async function collect(env: CliEnv, ctx: AnalysisContext, args: KwicArgs): Promise<ConcordanceLine[]> {
  const { kind, value } = args.target;
  const lines: ConcordanceLine[] = [];
  if (kind === 'code') {
    const coded = await loadCodedDocuments(env, ctx, args.codebook);
    const known = coded.codebook?.byId.has(value) || [...coded.passages.values()].some((ps) => ps.some((p) => p.codes.includes(value)));
    if (!known) throw new CliError(`no code '${value}' in the codebook or in any sidecar of ${ctx.folder.display('')}`);
    for await (const doc of ctx.analysed(true)) {
      for (const p of coded.passages.get(doc.path) ?? [])
        if (p.codes.includes(value)) lines.push(lineAt(doc, doc.offsets.toRaw(p.start), doc.offsets.toRaw(p.end), args.width));
    }
    return lines;
  }
  const entity = kind === 'entity' ? ctx.matcher.entities.findIndex((e) => e.id === value) : -1;
  if (kind === 'entity' && entity < 0)
    throw new CliError(`no entity '${value}' in the catalog (ids, not names: see policy-annotator scan --format csv)`);
  for await (const doc of ctx.analysed(true)) {
    if (doc.text === undefined) continue;
    if (kind === 'text') {
      for (const [start, end] of findPhrase(doc.text, value)) lines.push(lineAt(doc, start, end, args.width));
      continue;
    }
    for (let i = 0; i < doc.mentions.length; i++)
      if (doc.mentions.entity(i) === entity) lines.push(lineAt(doc, doc.mentions.start(i), doc.mentions.end(i), args.width));
  }
  return lines;
}

/** The line of a raw range of a document. */
function lineAt(doc: AnalysedDocument, start: number, end: number, width: number): ConcordanceLine {
  return concordanceLineIn(doc, start, end, width);
}
