import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { parseBenchEditorArgs } from '../../../scripts/vscode-host/benchEditorOptions';

describe('bench:editor command line', () => {
  it('generates 100 MB with seed 1 and gives up after 20 minutes by default', () => {
    assert.deepEqual(parseBenchEditorArgs([], '/work'), {
      folder: undefined,
      mb: 100,
      seed: 1,
      timeoutSeconds: 1200,
      keep: false,
      help: false,
    });
  });

  it('resolves --folder against the working folder and takes every option', () => {
    assert.deepEqual(parseBenchEditorArgs(['--folder', 'texts/un', '--timeout=90', '--keep'], '/work'), {
      folder: path.resolve('/work', 'texts/un'),
      mb: 100,
      seed: 1,
      timeoutSeconds: 90,
      keep: true,
      help: false,
    });
    assert.deepEqual(parseBenchEditorArgs(['--mb', '2.5', '--seed', '7'], '/work'), {
      folder: undefined,
      mb: 2.5,
      seed: 7,
      timeoutSeconds: 1200,
      keep: false,
      help: false,
    });
    assert.equal(parseBenchEditorArgs(['-h']).help, true);
  });

  it('refuses what it cannot do, naming the option', () => {
    const refused = (argv: string[], why: RegExp): void => assert.throws(() => parseBenchEditorArgs(argv, '/work'), why);
    refused(['--folder', 'a', '--mb', '10'], /--mb sizes a generated corpus: it does not go with --folder/);
    refused(['--mb', '0'], /--mb needs a positive number, not '0'/);
    refused(['--timeout', 'soon'], /--timeout needs a positive number, not 'soon'/);
    refused(['--seed', '1.5'], /--seed needs a whole number/);
    refused(['texts/un'], /unexpected argument 'texts\/un' \(a folder goes after --folder\)/);
    refused(['--folder', ' '], /--folder needs a folder/);
    refused(['--fast'], /--fast/);
  });
});
