/**
 * Arguments of `policy-annotator import <file.qdpx> --into <folder> [--format table|json]`, parsed
 * strictly like the others (args.ts): every mistake is a CliError (exit 2).
 */
import { parseArgs } from 'node:util';
import { CliError } from '../cliError';

export interface ImportArgs {
  command: 'import';
  /** The `.qdpx` archive. */
  file: string;
  /** The folder the documents, codebook and sidecars go to (created when missing). */
  into: string;
  format: 'table' | 'json';
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  into: { type: 'string' },
} as const;

/** The parsed arguments, or 'help' when --help was asked. */
export function parseImportArgs(args: string[]): ImportArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new CliError(`${message.charAt(0).toLowerCase()}${message.slice(1)} (see policy-annotator import --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new CliError('import needs a project: policy-annotator import <file.qdpx> --into <folder>');
  if (positionals.length > 1) throw new CliError(`unexpected argument '${positionals[1]}': import takes one .qdpx file`);
  if (values.into === undefined || values.into.trim() === '') throw new CliError('import needs --into <folder>: where the documents go');
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new CliError(`--format must be one of table, json for import, not '${format}'`);
  return { command: 'import', file: positionals[0], into: values.into, format };
}
