/**
 * Builds a catalog and its matcher on a worker thread of its own (started for the build, ended
 * after it), so that parsing and compiling a catalog of thousands of entities never blocks the
 * caller's thread. Where no thread can be started, the build runs here instead.
 */
import { buildCatalogAndMatcher, type CatalogBuild, type CatalogBuildInput } from '../core/indexing/catalogBuild';
import { bundledScript, startWorker } from './bundledScript';

export interface ThreadedBuild extends CatalogBuild {
  /** Why it ran on the caller's thread, if it did. */
  readonly fallback?: string;
}

export async function buildCatalogOnThread(input: CatalogBuildInput): Promise<ThreadedBuild> {
  const script = bundledScript('catalogWorker');
  if (!script) return { ...(await buildCatalogAndMatcher(input)), fallback: 'the catalog worker script was not found next to the bundle' };
  let answer: { built?: CatalogBuild; error?: string };
  try {
    answer = await new Promise((resolve, reject) => {
      const worker = startWorker(script, { workerData: input });
      worker.once('message', (message: { built?: CatalogBuild; error?: string }) => {
        resolve(message);
        void worker.terminate();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the catalog thread stopped (exit code ${code})`)));
    });
  } catch (err) {
    return { ...(await buildCatalogAndMatcher(input)), fallback: err instanceof Error ? err.message : String(err) };
  }
  if (answer.built) return answer.built;
  throw new Error(`Building the catalog failed: ${answer.error ?? 'no answer'}`);
}
