/**
 * Arguments of the analysis commands (`cooccur`, `kwic`, `matrix`), parsed strictly like the
 * others (args.ts): every mistake, a filter that does not parse included, is a CliError (exit 2).
 */
import { parseArgs } from 'node:util';
import { CONCORDANCE_SORTS, type ConcordanceSort } from '../../core/analysis/concordance';
import { FilterError, parseFilter } from '../../core/analysis/documentFilter';
import { UNITS, type Unit } from '../../core/analysis/mentionUnits';
import { CODE_UNITS, type CodeUnit } from '../../core/analysis/passageUnits';
import { CliError } from '../cliError';

export const ANALYSIS_COMMANDS = ['cooccur', 'kwic', 'matrix'] as const;
export type AnalysisCommand = (typeof ANALYSIS_COMMANDS)[number];
export type TableFormat = 'table' | 'json' | 'csv';

interface Common {
  folder: string;
  /** `--where` filters (all must hold). */
  where: string[];
  /** Start CSV with a UTF-8 byte order mark (for Excel). */
  bom: boolean;
  catalogs: string[];
  codebook?: string;
  /** `--no-cache`: neither read nor write the scan cache. */
  noCache: boolean;
}

export const COOCCUR_OF = ['entities', 'codes', 'codes-entities'] as const;
export type CooccurOf = (typeof COOCCUR_OF)[number];

export interface CooccurArgs extends Common {
  command: 'cooccur';
  format: TableFormat;
  of: CooccurOf;
  unit: Unit | CodeUnit;
  /** Pairs together in fewer units are left out. */
  min: number;
}

export interface KwicArgs extends Common {
  command: 'kwic';
  format: TableFormat;
  target: { kind: 'entity' | 'code' | 'text'; value: string };
  width: number;
  sort: ConcordanceSort;
}

export interface MatrixArgs extends Common {
  command: 'matrix';
  format: Exclude<TableFormat, 'table'>;
  /** `documents`, `year` or an attribute's name. */
  rows: string;
  cols: 'entities' | 'codes';
  /** Per 10,000 words instead of counts. */
  per10k: boolean;
}

export type AnalysisArgs = CooccurArgs | KwicArgs | MatrixArgs;

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f' },
  catalog: { type: 'string', multiple: true },
  codebook: { type: 'string' },
  where: { type: 'string', multiple: true },
  bom: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
} as const;

const OPTIONS = {
  cooccur: { ...COMMON, of: { type: 'string' }, unit: { type: 'string' }, min: { type: 'string' } },
  kwic: {
    ...COMMON,
    entity: { type: 'string' },
    code: { type: 'string' },
    text: { type: 'string' },
    width: { type: 'string' },
    sort: { type: 'string' },
  },
  matrix: { ...COMMON, rows: { type: 'string' }, cols: { type: 'string' }, 'per-10k': { type: 'boolean' } },
} as const;

export function isAnalysisCommand(name: string): name is AnalysisCommand {
  return ANALYSIS_COMMANDS.some((c) => c === name);
}

/** The parsed arguments, or 'help' when --help was asked. */
export function parseAnalysisArgs(command: AnalysisCommand, args: string[]): AnalysisArgs | 'help' {
  const { values, positionals } = strict(command, args);
  if (values.help) return 'help';
  if (positionals.length === 0) throw new CliError(`${command} needs a folder: policy-annotator ${command} <folder>`);
  if (positionals.length > 1) throw new CliError(`unexpected argument '${positionals[1]}': ${command} takes one folder`);
  const where = values.where ?? [];
  try {
    parseFilter(where);
  } catch (err) {
    if (err instanceof FilterError) throw new CliError(`--where: ${err.message}`);
    throw err;
  }
  const common: Common = {
    folder: positionals[0],
    where,
    bom: values.bom ?? false,
    catalogs: values.catalog ?? [],
    codebook: values.codebook,
    noCache: values['no-cache'] === true,
  };
  switch (command) {
    case 'cooccur':
      return cooccurArgs(common, values);
    case 'kwic':
      return kwicArgs(common, values);
    case 'matrix':
      return matrixArgs(common, values);
  }
}

interface Values {
  help?: boolean;
  format?: string;
  catalog?: string[];
  codebook?: string;
  where?: string[];
  bom?: boolean;
  'no-cache'?: boolean;
  of?: string;
  unit?: string;
  min?: string;
  entity?: string;
  code?: string;
  text?: string;
  width?: string;
  sort?: string;
  rows?: string;
  cols?: string;
  'per-10k'?: boolean;
}

function cooccurArgs(common: Common, values: Values): CooccurArgs {
  const of = oneOf('--of', values.of, COOCCUR_OF, 'entities');
  const units: readonly string[] = of === 'entities' ? UNITS : of === 'codes' ? CODE_UNITS : ['passage'];
  const unit = oneOf(`--unit (with --of ${of})`, values.unit, units, units[0]) as Unit | CodeUnit;
  return {
    command: 'cooccur',
    ...common,
    format: format(values, ['table', 'json', 'csv'], 'table'),
    of,
    unit,
    min: count('--min', values.min, 1),
  };
}

function kwicArgs(common: Common, values: Values): KwicArgs {
  const given = (['entity', 'code', 'text'] as const).filter((k) => values[k] !== undefined);
  if (given.length !== 1) throw new CliError('kwic needs exactly one of --entity <id>, --code <id> or --text <phrase>');
  const kind = given[0];
  const value = String(values[kind]).trim();
  if (value === '') throw new CliError(`--${kind} needs a value`);
  const width = count('--width', values.width, 40);
  if (width > 500) throw new CliError('--width is at most 500 characters');
  return {
    command: 'kwic',
    ...common,
    format: format(values, ['table', 'json', 'csv'], 'table'),
    target: { kind, value },
    width,
    sort: oneOf('--sort', values.sort, CONCORDANCE_SORTS, 'document'),
  };
}

function matrixArgs(common: Common, values: Values): MatrixArgs {
  if (typeof values.rows !== 'string' || values.rows.trim() === '')
    throw new CliError('matrix needs --rows documents, year or the name of a document attribute');
  const cols = oneOf('--cols', values.cols, ['entities', 'codes'] as const, 'entities');
  return {
    command: 'matrix',
    ...common,
    format: format(values, ['csv', 'json'], 'csv'),
    rows: values.rows.trim(),
    cols,
    per10k: values['per-10k'] === true,
  };
}

function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (!found) throw new CliError(`${flag} must be one of ${allowed.join(', ')}, not '${String(value)}'`);
  return found;
}

function format<T extends TableFormat>(values: Values, allowed: readonly T[], fallback: T): T {
  return oneOf('--format', values.format, allowed, fallback);
}

function count(flag: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} must be a whole number of at least 1, not '${String(value)}'`);
  return n;
}

function strict(command: AnalysisCommand, args: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args, options: OPTIONS[command], allowPositionals: true, strict: true }) as {
      values: Values;
      positionals: string[];
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new CliError(`${message.charAt(0).toLowerCase()}${message.slice(1)} (see policy-annotator ${command} --help)`);
  }
}
