// Starting a worker thread from one of the bundle's scripts (dist/<name>.js, built beside the
// extension and the CLI), or from its TypeScript source when the sources run under tsx (tests).
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The script, or undefined when neither the bundle's nor the source is there. */
export function bundledScript(name: string): string | undefined {
  const built = path.join(__dirname, `${name}.js`);
  if (existsSync(built)) return built;
  const source = path.join(__dirname, `${name}.ts`);
  return __filename.endsWith('.ts') && existsSync(source) ? source : undefined;
}

export function startWorker(script: string, options: WorkerOptions): Worker {
  if (!script.endsWith('.ts')) return new Worker(script, options);
  // A thread does not inherit tsx's loader: it registers it before loading the source.
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { ...options, eval: true });
}
