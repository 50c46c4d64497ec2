/**
 * A thread that builds one catalog and its matcher (core/indexing/catalogBuild.ts) from the texts
 * it is given as workerData, answers with the result (cloned whole, so the matcher's entities stay
 * the catalog's) and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCatalogAndMatcher, type CatalogBuildInput } from '../core/indexing/catalogBuild';

buildCatalogAndMatcher(workerData as CatalogBuildInput).then(
  (built) => parentPort?.postMessage({ built }),
  (err: unknown) => parentPort?.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
);
