// One workbench per UI test file: opened before its tests, a screenshot of any failing test (the
// run's logs are then kept), closed after; the run folder is removed either way.
import type { Suite } from 'mocha';
import { Workbench, type WorkbenchOptions } from './workbench';

/** Call at the top of a describe(); the getter gives the open workbench inside tests. */
export function useWorkbench(suite: Suite, opts: WorkbenchOptions = {}): () => Workbench {
  let wb: Workbench | undefined;
  let failed = false;
  suite.beforeAll(async () => {
    wb = await Workbench.open(opts);
  });
  suite.afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) {
      failed = true;
      const file = await wb.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
      if (file) console.log(`    screenshot: ${file}; logs kept: ${wb.session.run.logs}`);
    }
  });
  suite.afterAll(async () => {
    await wb?.close({ keepLogs: failed });
  });
  return () => {
    if (!wb) throw new Error('the workbench did not open');
    return wb;
  };
}
