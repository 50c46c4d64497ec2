// One workbench for the tests of a `describe` block: opened before them, a screenshot of any failing
// test (run folder kept for its logs), closed after them.
import { Workbench, type WorkbenchOptions } from './workbench';

/** Call inside `describe`; the returned function gives the workbench to the tests. */
export function useWorkbench(opts: WorkbenchOptions = {}): () => Workbench {
  let wb: Workbench | undefined;
  let failed = false;

  before(async () => {
    wb = await Workbench.open(opts);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !wb) return;
    failed = true;
    const file = await wb.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
    if (file) console.log(`    screenshot: ${file}; run folder kept: ${wb.session.run.root}`);
  });

  after(async () => {
    await wb?.close({ keep: failed });
  });

  return () => {
    if (!wb) throw new Error('the workbench did not open');
    return wb;
  };
}
