import { strict as assert } from 'node:assert';
import { parseCliArgs } from '../../../src/cli/args';
import { CliError } from '../../../src/cli/cliError';

function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    assert.ok(error instanceof CliError);
    assert.equal(error.exitCode, 2);
    return error.message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('CLI arguments', () => {
  it('parses scan with defaults and with every option', () => {
    assert.deepEqual(parseCliArgs(['scan', 'corpus']), {
      command: 'scan',
      folder: 'corpus',
      format: 'table',
      mentions: false,
      all: false,
      catalogs: [],
      noCache: false,
    });
    assert.deepEqual(
      parseCliArgs(['scan', '--mentions', 'corpus', '-f', 'csv', '--catalog', 'a.yaml', '--catalog=b.yaml', '--all', '--no-cache']),
      {
        command: 'scan',
        folder: 'corpus',
        format: 'csv',
        mentions: true,
        all: true,
        catalogs: ['a.yaml', 'b.yaml'],
        noCache: true,
      },
    );
  });

  it('parses check with --codebook and json', () => {
    assert.deepEqual(parseCliArgs(['check', 'corpus', '--format=json', '--codebook', 'c.yaml']), {
      command: 'check',
      folder: 'corpus',
      format: 'json',
      catalogs: [],
      codebook: 'c.yaml',
    });
  });

  it('parses export with defaults, --out, --force and a --base made to name a folder', () => {
    assert.deepEqual(parseCliArgs(['export', 'corpus']), {
      command: 'export',
      folder: 'corpus',
      format: 'csv',
      out: undefined,
      force: false,
      base: undefined,
      catalogs: [],
      codebook: undefined,
      entitiesAsCodes: false,
      unanchored: 'keep',
    });
    assert.deepEqual(
      parseCliArgs([
        'export',
        'corpus',
        '-f',
        'w3c',
        '-o',
        'out',
        '--force',
        '--base',
        'https://example.org/c',
        '--catalog',
        'a.yaml',
        '--codebook',
        'c.yaml',
      ]),
      {
        command: 'export',
        folder: 'corpus',
        format: 'w3c',
        out: 'out',
        force: true,
        base: 'https://example.org/c/',
        catalogs: ['a.yaml'],
        codebook: 'c.yaml',
        entitiesAsCodes: false,
        unanchored: 'keep',
      },
    );
    assert.deepEqual(parseCliArgs(['export', '--help']), { command: 'help', topic: 'export' });
  });

  it('parses export --format qdpx with its own options', () => {
    assert.deepEqual(parseCliArgs(['export', 'corpus', '-f', 'qdpx', '-o', 'out', '--unanchored', 'omit', '--entities-as-codes']), {
      command: 'export',
      folder: 'corpus',
      format: 'qdpx',
      out: 'out',
      force: false,
      base: undefined,
      catalogs: [],
      codebook: undefined,
      entitiesAsCodes: true,
      unanchored: 'omit',
    });
    assert.match(usageError(['export', 'a', '-f', 'qdpx']), /--format qdpx writes a file: it needs --out <folder>/);
    assert.match(
      usageError(['export', 'a', '-f', 'qdpx', '-o', 'o', '--unanchored', 'drop']),
      /--unanchored must be one of keep, omit, not 'drop'/,
    );
    assert.match(usageError(['export', 'a', '--unanchored', 'keep']), /--entities-as-codes and --unanchored are for --format qdpx only/);
  });

  it('refuses export options that make no sense together', () => {
    assert.match(usageError(['export', 'a', '-f', 'table']), /--format must be one of csv, json, w3c, qdpx for export/);
    assert.match(usageError(['export', 'a', '--force']), /--force .* needs --out/);
    assert.match(usageError(['export', 'a', '--out', ' ']), /--out needs a folder name/);
    assert.match(usageError(['export', 'a', '--base', 'https://x/']), /--base is for --format w3c only/);
    assert.match(usageError(['export', 'a', '-f', 'w3c', '--base', 'x/y']), /--base: 'x\/y' is not an absolute IRI/);
    assert.match(usageError(['export', 'a', '--mentions']), /unknown option '--mentions'/);
    assert.match(
      usageError(['exprot', 'a']),
      /unknown command 'exprot' \(commands: scan, check, export, audit, cooccur, kwic, matrix, import;/,
    );
  });

  it('recognises help and version', () => {
    assert.deepEqual(parseCliArgs(['--help']), { command: 'help', topic: undefined });
    assert.deepEqual(parseCliArgs(['-h']), { command: 'help', topic: undefined });
    assert.deepEqual(parseCliArgs(['help', 'check']), { command: 'help', topic: 'check' });
    assert.deepEqual(parseCliArgs(['scan', '--help']), { command: 'help', topic: 'scan' });
    assert.deepEqual(parseCliArgs(['audit', 'un', '-f', 'json', '--catalog', 'a.yaml']), {
      command: 'audit',
      folder: 'un',
      format: 'json',
      catalogs: ['a.yaml'],
      noCache: false,
    });
    for (const command of ['audit', 'cooccur', 'kwic', 'matrix']) {
      const extra = command === 'kwic' ? ['--entity', 'x'] : command === 'matrix' ? ['--rows', 'year'] : [];
      assert.equal((parseCliArgs([command, 'un', ...extra, '--no-cache']) as { noCache: boolean }).noCache, true, command);
      assert.equal((parseCliArgs([command, 'un', ...extra]) as { noCache: boolean }).noCache, false, command);
    }
    assert.match(usageError(['check', 'un', '--no-cache']), /unknown option '--no-cache'/);
    assert.match(usageError(['audit', 'un', '--format', 'csv']), /--format must be one of table, json for audit/);
    assert.deepEqual(parseCliArgs(['--version']), { command: 'version' });
  });

  it('turns every mistake into a one-line usage error', () => {
    assert.match(usageError([]), /missing command/);
    assert.match(usageError(['scna', 'x']), /unknown command 'scna'/);
    assert.match(usageError(['--verbose']), /unknown option '--verbose'/);
    assert.match(usageError(['scan']), /scan needs a folder/);
    assert.match(usageError(['scan', 'a', 'b']), /unexpected argument 'b'/);
    assert.match(usageError(['scan', 'a', '--codebook', 'x']), /unknown option '--codebook'/);
    assert.match(usageError(['check', 'a', '--mentions']), /unknown option '--mentions'/);
    assert.match(usageError(['check', 'a', '-f', 'csv']), /--format must be one of table, json for check/);
    assert.match(usageError(['scan', 'a', '--format']), /argument missing/);
    assert.match(usageError(['scan', 'a', '--mentions=yes']), /does not take an argument/);
    for (const argv of [[], ['x'], ['scan', 'a', '--zzz']]) assert.ok(!usageError(argv).includes('\n'));
  });
});
