import { strict as assert } from 'node:assert';
import { parseCliArgs } from '../../src/cli/args';
import { CliError } from '../../src/cli/cliError';

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
    assert.deepEqual(parseCliArgs(['scan', 'corpus']), { command: 'scan', folder: 'corpus', format: 'table', mentions: false, all: false, catalogs: [] });
    assert.deepEqual(parseCliArgs(['scan', '--mentions', 'corpus', '-f', 'csv', '--catalog', 'a.yaml', '--catalog=b.yaml', '--all']),
      { command: 'scan', folder: 'corpus', format: 'csv', mentions: true, all: true, catalogs: ['a.yaml', 'b.yaml'] });
  });

  it('parses check with --codebook and json', () => {
    assert.deepEqual(parseCliArgs(['check', 'corpus', '--format=json', '--codebook', 'c.yaml']),
      { command: 'check', folder: 'corpus', format: 'json', catalogs: [], codebook: 'c.yaml' });
  });

  it('recognises help and version', () => {
    assert.deepEqual(parseCliArgs(['--help']), { command: 'help', topic: undefined });
    assert.deepEqual(parseCliArgs(['-h']), { command: 'help', topic: undefined });
    assert.deepEqual(parseCliArgs(['help', 'check']), { command: 'help', topic: 'check' });
    assert.deepEqual(parseCliArgs(['scan', '--help']), { command: 'help', topic: 'scan' });
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
