// `npm run bench:panel`: the Analysis panel's figures in the real workbench (issue 14: the first
// paint of a 200 × 200 matrix, the network at 300 nodes). Generates the bench corpus with
// synthetic entities named together into the run folder, opens it in the project's VS Code host
// (code-server + headless Chromium) with the extension, and drives the panel as the analyst does
// (panelMeasure.ts), timing inside its webview. Prints a table, then the run as one JSON line.
// A benchmark, not a test: no figure fails it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbench } from '../../test/ui/workbench';
import { BENCH_PANEL_USAGE, parseBenchPanelArgs, type BenchPanelOptions } from './benchPanelOptions';
import { formatBenchPanelTable, type BenchPanelRun } from './benchPanelReport';
import { writeGeneratedFolder, type GeneratedFolder } from './generatedBenchFolder';
import { requireBuilt } from './hostEntryRun';
import { REPO_ROOT } from './hostPaths';
import { runBenchMain } from './benchMain';
import { measurePanel } from './panelMeasure';

const tag = '[bench-panel]';

async function bench(opts: BenchPanelOptions): Promise<number> {
  requireBuilt(
    ['extension.js', 'analysisView.js'].map((f) => path.join(REPO_ROOT, 'dist', f)),
    'npm run build',
  );
  const loadBefore = os.loadavg()[0];
  let generated: GeneratedFolder | undefined;
  const wb = await Workbench.open({
    createWorkspace: async (run) => {
      console.log(`${tag} generating a ${opts.mb} MB corpus with ${opts.entities} entities named together (seed ${opts.seed}) ...`);
      generated = await writeGeneratedFolder(path.join(run.root, 'bench-corpus'), opts.mb, opts.seed, opts.entities);
      console.log(`${tag} ${generated.documents} documents, ${(generated.bytes / 1e6).toFixed(1)} MB; opening the workbench ...`);
      return generated.folder;
    },
  });
  let failed = true;
  try {
    const figures = await measurePanel(wb, opts.runs, (line) => console.log(`${tag} ${line}`));
    if (!generated) throw new Error('no corpus was generated');
    const run: BenchPanelRun = {
      documents: generated.documents,
      corpusMB: generated.bytes / 1e6,
      syntheticEntities: generated.synthetic,
      seed: opts.seed,
      cpus: os.cpus().length,
      loadBefore,
      loadAfter: os.loadavg()[0],
      figures,
    };
    console.log(`\n${formatBenchPanelTable(run)}\n`);
    if (opts.json) {
      fs.writeFileSync(opts.json, `${JSON.stringify(run, null, 2)}\n`);
      console.log(`${tag} results written to ${opts.json}`);
    }
    console.log(JSON.stringify(run));
    failed = false;
    return 0;
  } catch (err) {
    const shot = await wb.session.screenshot('failure').catch(() => undefined);
    console.error(`${tag} ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    console.error(`${tag} logs kept: ${wb.session.run.logs}${shot ? `; screenshot: ${shot}` : ''}`);
    return 1;
  } finally {
    await wb.close({ keepLogs: failed });
  }
}

runBenchMain(tag, BENCH_PANEL_USAGE, (argv) => parseBenchPanelArgs(argv), bench);
