/**
 * `policy-annotator check <file.qdpx>`: the archive (a zip under caps, with a project.qde and no
 * entry that could escape a folder), project.qde against the REFI-QDA schema, and its references:
 * every internal:// source present and readable, every selection inside its source, every CodeRef
 * and NoteRef to a code or note of the project. Read-only: the import is planned against an empty
 * folder and only its problems are kept. Problems print as `file:line: severity: message`; exit 1
 * when any error was found, 0 otherwise (2: bad arguments or no such file).
 */
import { planImport } from '../../core/exchange/qdeImportPlan';
import { problemLine, type QdeProblem } from '../../core/exchange/qdeImportReport';
import { plural } from '../../core/text/plural';
import { readQdpx } from '../../node/qdpxRead';
import type { CheckArgs } from '../args';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../cliError';
import type { CliEnv } from '../cliEnv';
import { readQdpxFile } from './qdpxFile';

export async function runCheckQdpx(args: CheckArgs, env: CliEnv): Promise<number> {
  if (args.catalogs.length > 0 || args.codebook !== undefined)
    throw new CliError('--catalog and --codebook do not apply to a .qdpx project');
  const { bytes, display } = await readQdpxFile(args.folder);
  const read = await readQdpx(bytes);
  const problems: QdeProblem[] = [...read.problems];
  let summary = `${display}: not a usable REFI-QDA project`;
  if (read.ok) {
    const { project } = read.parsed;
    problems.push(...planImport(read.parsed, read.archive.sources, { file: () => ({ kind: 'absent' }) }).report.problems);
    const selections = project.sources.reduce((n, s) => n + s.selections.length, 0);
    summary = `checked ${display}: project.qde follows the REFI-QDA schema; ${plural(project.sources.length, 'text source')}, ${plural(selections, 'selection')}, ${plural(project.otherSources.length, 'other source')}`;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (args.format === 'json') {
    await env.out.write(`${JSON.stringify({ archive: display, valid: read.ok, problems, summary: { errors, warnings } }, null, 2)}\n`);
  } else {
    for (const p of problems) await env.out.write(`${problemLine(p)}\n`);
    await env.out.write(`${summary}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  }
  return errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
