/**
 * Command-line arguments: `policy-annotator <command> <folder> [options]`, parsed with Node's
 * `util.parseArgs` (strict: an unknown option is an error). Every mistake becomes a CliError
 * (exit code 2) with one line that says what was wrong.
 */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/exportTypes';
import { UNANCHORED_CHOICES, type UnanchoredChoice } from '../core/exchange/qdeExportInput';
import { folderBase } from '../core/export/w3cIris';
import { CliError } from './cliError';
import { ANALYSIS_COMMANDS, isAnalysisCommand, parseAnalysisArgs, type AnalysisArgs } from './analysis/analysisArgs';
import { parseImportArgs, type ImportArgs } from './qdpx/importArgs';

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
  /** `--no-cache`: neither read nor write the scan cache. */
  noCache: boolean;
}

export interface CheckArgs {
  command: 'check';
  folder: string;
  format: Exclude<OutputFormat, 'csv'>;
  catalogs: string[];
  codebook?: string;
}

export interface ExportArgs {
  command: 'export';
  folder: string;
  /** `qdpx`: a REFI-QDA project (src/cli/qdpxExportCommand.ts), the others records. */
  format: ExportFormat | 'qdpx';
  /** `--out <folder>`: write `annotations.<ext>` (or `<folder name>.qdpx`) there; undefined: standard output. */
  out?: string;
  /** Replace an existing export file in `out`. */
  force: boolean;
  /** `--base <iri>` for the W3C form, normalised by `folderBase` (ends with '/'). */
  base?: string;
  catalogs: string[];
  codebook?: string;
  /** (qdpx) `--entities-as-codes`: the catalog's entities as codes, each mention coded. */
  entitiesAsCodes: boolean;
  /** (qdpx) `--unanchored keep|omit`: annotations not anchored now, at their last known place or left out. */
  unanchored: UnanchoredChoice;
}

export interface AuditArgs {
  command: 'audit';
  folder: string;
  format: Exclude<OutputFormat, 'csv'>;
  catalogs: string[];
  noCache: boolean;
}

export type CliArgs =
  ScanArgs | CheckArgs | ExportArgs | AuditArgs | AnalysisArgs | ImportArgs | { command: 'help'; topic?: string } | { command: 'version' };

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  catalog: { type: 'string', multiple: true },
} as const;

const OPTIONS = {
  scan: { ...COMMON, mentions: { type: 'boolean' }, all: { type: 'boolean' }, 'no-cache': { type: 'boolean' } },
  check: { ...COMMON, codebook: { type: 'string' } },
  export: {
    ...COMMON,
    codebook: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    base: { type: 'string' },
    'entities-as-codes': { type: 'boolean' },
    unanchored: { type: 'string' },
  },
  audit: { ...COMMON, 'no-cache': { type: 'boolean' } },
} as const;

type Command = keyof typeof OPTIONS;
const COMMANDS = Object.keys(OPTIONS) as Command[];

const FORMATS: Record<Command, readonly string[]> = {
  scan: ['table', 'json', 'csv'],
  check: ['table', 'json'],
  export: [...EXPORT_FORMATS, 'qdpx'],
  audit: ['table', 'json'],
};
const DEFAULT_FORMAT: Record<Command, string> = { scan: 'table', check: 'table', export: 'csv', audit: 'table' };

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError('missing command: try `policy-annotator scan <folder>` or --help');
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help', topic: rest[0] };
  if (command === '--version') return { command: 'version' };
  if (command === 'import') {
    const parsed = parseImportArgs(rest);
    return parsed === 'help' ? { command: 'help', topic: command } : parsed;
  }
  if (isAnalysisCommand(command)) {
    const parsed = parseAnalysisArgs(command, rest);
    return parsed === 'help' ? { command: 'help', topic: command } : parsed;
  }
  if (!isCommand(command)) {
    throw new CliError(
      command.startsWith('-')
        ? `unknown option '${command}' (see --help)`
        : `unknown command '${command}' (commands: ${[...COMMANDS, ...ANALYSIS_COMMANDS, 'import'].join(', ')}; see --help)`,
    );
  }
  const { values, positionals } = parseStrict(command, rest);
  if (values.help) return { command: 'help', topic: command };
  if (positionals.length === 0) throw new CliError(`${command} needs a folder: policy-annotator ${command} <folder>`);
  if (positionals.length > 1) throw new CliError(`unexpected argument '${positionals[1]}': ${command} takes one folder`);
  const format = values.format ?? DEFAULT_FORMAT[command];
  const allowed = FORMATS[command];
  if (!allowed.some((f) => f === format))
    throw new CliError(`--format must be one of ${allowed.join(', ')} for ${command}, not '${format}'`);
  const folder = positionals[0];
  const catalogs = values.catalog ?? [];
  if (command === 'scan') {
    return {
      command,
      folder,
      format: format as OutputFormat,
      mentions: values.mentions ?? false,
      all: values.all ?? false,
      catalogs,
      noCache: values['no-cache'] ?? false,
    };
  }
  if (command === 'export') return exportArgs(folder, format as ExportArgs['format'], catalogs, values);
  if (command === 'audit')
    return { command, folder, format: format as AuditArgs['format'], catalogs, noCache: values['no-cache'] ?? false };
  return { command, folder, format: format as CheckArgs['format'], catalogs, codebook: values.codebook };
}

function isCommand(name: string): name is Command {
  return COMMANDS.some((c) => c === name);
}

function exportArgs(folder: string, format: ExportArgs['format'], catalogs: string[], values: ParsedValues): ExportArgs {
  if (values.out !== undefined && values.out.trim() === '') throw new CliError('--out needs a folder name');
  if (format === 'qdpx' && values.out === undefined) throw new CliError('--format qdpx writes a file: it needs --out <folder>');
  if (format !== 'qdpx' && (values['entities-as-codes'] !== undefined || values.unanchored !== undefined))
    throw new CliError('--entities-as-codes and --unanchored are for --format qdpx only');
  const unanchored = values.unanchored ?? 'keep';
  if (!UNANCHORED_CHOICES.some((c) => c === unanchored))
    throw new CliError(`--unanchored must be one of ${UNANCHORED_CHOICES.join(', ')}, not '${unanchored}'`);
  if (values.force && values.out === undefined) throw new CliError('--force replaces an export file: it needs --out <folder>');
  if (values.base !== undefined && format !== 'w3c') throw new CliError('--base is for --format w3c only');
  let base: string | undefined;
  try {
    base = values.base === undefined ? undefined : folderBase(values.base);
  } catch (error) {
    throw new CliError(`--base: ${(error as Error).message}`);
  }
  return {
    command: 'export',
    folder,
    format,
    out: values.out,
    force: values.force ?? false,
    base,
    catalogs,
    codebook: values.codebook,
    entitiesAsCodes: values['entities-as-codes'] ?? false,
    unanchored: unanchored as UnanchoredChoice,
  };
}

interface ParsedValues {
  help?: boolean;
  format?: string;
  catalog?: string[];
  mentions?: boolean;
  all?: boolean;
  codebook?: string;
  out?: string;
  force?: boolean;
  base?: string;
  'no-cache'?: boolean;
  'entities-as-codes'?: boolean;
  unanchored?: string;
}

function parseStrict(command: Command, args: string[]): { values: ParsedValues; positionals: string[] } {
  try {
    switch (command) {
      case 'scan':
        return parseArgs({ args, options: OPTIONS.scan, allowPositionals: true, strict: true });
      case 'check':
        return parseArgs({ args, options: OPTIONS.check, allowPositionals: true, strict: true });
      case 'export':
        return parseArgs({ args, options: OPTIONS.export, allowPositionals: true, strict: true });
      case 'audit':
        return parseArgs({ args, options: OPTIONS.audit, allowPositionals: true, strict: true });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new CliError(`${message.charAt(0).toLowerCase()}${message.slice(1)} (see policy-annotator ${command} --help)`);
  }
}
