// The lifecycle every UI suite needs: one workbench for the suite, a screenshot of each failing
// test (and the run folder kept for its logs), the host closed at the end.
import { Workbench, type WorkbenchOptions } from './workbench';

/** Registers the suite's hooks; call inside `describe`. The getter gives the open workbench. */
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
    if (!wb) throw new Error('the workbench is not open');
    return wb;
  };
}
