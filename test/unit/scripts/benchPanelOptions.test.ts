import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { parseBenchPanelArgs } from '../../../scripts/vscode-host/benchPanelOptions';

describe('bench:panel command line', () => {
  it('generates 20 MB with 400 entities named together, seed 1, three runs by default', () => {
    assert.deepEqual(parseBenchPanelArgs([], '/work'), { mb: 20, entities: 400, seed: 1, runs: 3, json: undefined, help: false });
  });

  it('takes every option, the JSON file against the working folder', () => {
    assert.deepEqual(
      parseBenchPanelArgs(['--mb', '5', '--entities=350', '--seed', '7', '--runs', '2', '--json', 'out/panel.json'], '/work'),
      {
        mb: 5,
        entities: 350,
        seed: 7,
        runs: 2,
        json: path.resolve('/work', 'out/panel.json'),
        help: false,
      },
    );
    assert.equal(parseBenchPanelArgs(['-h']).help, true);
  });

  it('refuses what it cannot do, naming the option', () => {
    const refused = (argv: string[], why: RegExp): void => assert.throws(() => parseBenchPanelArgs(argv, '/work'), why);
    refused(['--runs', '1.5'], /--runs needs a positive whole number, not '1.5'/);
    refused(['--mb', '0'], /--mb needs a positive number, not '0'/);
    refused(['--seed', 'x'], /--seed needs a whole number, not 'x'/);
    refused(['folder'], /unexpected argument 'folder'/);
    refused(['--folder', 'x'], /Unknown option '--folder'/);
  });
});
