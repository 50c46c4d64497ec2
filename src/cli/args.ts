/**
 * Command-line arguments: `policy-annotator <command> <folder> [options]`, parsed with Node's
 * `util.parseArgs` (strict: an unknown option is an error). Every mistake becomes a CliError
 * (exit code 2) with one line that says what was wrong.
 */
import { parseArgs } from 'node:util';
import { CliError } from './cliError';

export type OutputFormat = 'table' | 'json' | 'csv';

export interface ScanArgs {
  command: 'scan';
  folder: string;
  format: OutputFormat;
  /** List every mention instead of the per-entity table. */
  mentions: boolean;
  /** Also list catalog entities that no document mentions. */
  all: boolean;
  /** `--catalog` files (relative to the working directory); empty: discover in the folder. */
  catalogs: string[];
}

export interface CheckArgs {
  command: 'check';
  folder: string;
  format: Exclude<OutputFormat, 'csv'>;
  catalogs: string[];
  codebook?: string;
}

export type CliArgs = ScanArgs | CheckArgs | { command: 'help'; topic?: string } | { command: 'version' };

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  catalog: { type: 'string', multiple: true },
} as const;

const OPTIONS = {
  scan: { ...COMMON, mentions: { type: 'boolean' }, all: { type: 'boolean' } },
  check: { ...COMMON, codebook: { type: 'string' } },
} as const;

const FORMATS: Record<keyof typeof OPTIONS, readonly OutputFormat[]> = { scan: ['table', 'json', 'csv'], check: ['table', 'json'] };

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError('missing command: try `policy-annotator scan <folder>` or --help');
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help', topic: rest[0] };
  if (command === '--version') return { command: 'version' };
  if (command !== 'scan' && command !== 'check') {
    throw new CliError(command.startsWith('-') ? `unknown option '${command}' (see --help)` : `unknown command '${command}' (commands: scan, check; see --help)`);
  }
  const { values, positionals } = parseStrict(command, rest);
  if (values.help) return { command: 'help', topic: command };
  if (positionals.length === 0) throw new CliError(`${command} needs a folder: policy-annotator ${command} <folder>`);
  if (positionals.length > 1) throw new CliError(`unexpected argument '${positionals[1]}': ${command} takes one folder`);
  const format = values.format ?? 'table';
  const allowed = FORMATS[command];
  if (!allowed.some((f) => f === format)) throw new CliError(`--format must be one of ${allowed.join(', ')} for ${command}, not '${format}'`);
  const folder = positionals[0];
  const catalogs = values.catalog ?? [];
  if (command === 'scan') {
    return { command, folder, format: format as OutputFormat, mentions: values.mentions ?? false, all: values.all ?? false, catalogs };
  }
  return { command, folder, format: format as CheckArgs['format'], catalogs, codebook: values.codebook };
}

interface ParsedValues {
  help?: boolean;
  format?: string;
  catalog?: string[];
  mentions?: boolean;
  all?: boolean;
  codebook?: string;
}

function parseStrict(command: keyof typeof OPTIONS, args: string[]): { values: ParsedValues; positionals: string[] } {
  try {
    return command === 'scan'
      ? parseArgs({ args, options: OPTIONS.scan, allowPositionals: true, strict: true })
      : parseArgs({ args, options: OPTIONS.check, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new CliError(`${message.charAt(0).toLowerCase()}${message.slice(1)} (see policy-annotator ${command} --help)`);
  }
}
