// A guarded listener: its error goes to the log as "<what> failed" and goes no further, so the
// event source goes on; the arguments reach the handler as given.
import { strict as assert } from 'node:assert';
import { guarded } from '../../../src/vscode/guarded';
import type { OutputLog } from '../../../src/vscode/outputLog';

function fakeLog(): { log: OutputLog; errors: Array<[string, unknown]> } {
  const errors: Array<[string, unknown]> = [];
  const log = {
    error: (context: string, err: unknown) => {
      errors.push([context, err]);
      return context;
    },
  } as unknown as OutputLog;
  return { log, errors };
}

describe('guarded', () => {
  it('passes the event to the handler and logs nothing when it succeeds', () => {
    const { log, errors } = fakeLog();
    const seen: Array<[string, number]> = [];
    guarded(log, 'Counting', (name: string, n: number) => {
      seen.push([name, n]);
    })('a', 1);
    assert.deepEqual(seen, [['a', 1]]);
    assert.deepEqual(errors, []);
  });

  it('logs a thrown error as "<what> failed" instead of letting it through', () => {
    const { log, errors } = fakeLog();
    const boom = new Error('boom');
    const listener = guarded(log, 'Highlighting mentions (index changed)', () => {
      throw boom;
    });
    assert.doesNotThrow(() => listener());
    assert.deepEqual(errors, [['Highlighting mentions (index changed) failed', boom]]);
  });
});
