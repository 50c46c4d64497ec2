/**
 * `policy-annotator import <file.qdpx> --into <folder>`: a REFI-QDA project (NVivo, ATLAS.ti,
 * MAXQDA, QualCoder) into the folder as documents, codes and sidecars (src/node/qdpxImport.ts).
 * The report goes to standard output (a table or JSON), each problem to stderr as
 * `file:line: severity: element: message`. Exit 0 when everything was imported, 1 when anything
 * was refused or skipped (what could be imported still is), 2 for bad arguments or no such file.
 */
import { documentLine, importSummary, problemLine } from '../../core/exchange/qdeImportReport';
import { importQdpx } from '../../node/qdpxImport';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../cliError';
import type { CliEnv } from '../cliEnv';
import type { ImportArgs } from './importArgs';
import { displayPath, readQdpxFile } from './qdpxFile';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';

export async function runImport(args: ImportArgs, env: CliEnv): Promise<number> {
  const { bytes, display } = await readQdpxFile(args.file);
  const into = path.resolve(args.into);
  const target = await stat(into).catch(() => undefined);
  if (target && !target.isDirectory()) throw new CliError(`--into ${args.into} is not a folder`);
  const outcome = await importQdpx(bytes, into);
  const { report } = outcome;
  for (const p of report.problems) if (p.severity !== 'info' || args.format === 'table') await env.err.write(`${problemLine(p)}\n`);
  const errors = report.problems.some((p) => p.severity === 'error');
  if (args.format === 'json') {
    const json = { archive: display, into: displayPath(into), imported: outcome.imported, written: outcome.written, ...report };
    await env.out.write(`${JSON.stringify(json, null, 2)}\n`);
  } else if (!outcome.imported) {
    await env.out.write(`nothing imported from ${display}: the project was refused (see the problems above)\n`);
  } else {
    for (const d of report.documents) await env.out.write(`  ${documentLine(d)}\n`);
    await env.out.write(`imported ${display} into ${displayPath(into)}: ${importSummary(report)}\n`);
  }
  return errors ? EXIT_PROBLEMS : EXIT_OK;
}
