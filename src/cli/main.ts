/**
 * `policy-annotator`: the command line on the same core as the extension (ARCHITECTURE.md, Layers).
 * Bundled by esbuild into dist/cli.js. `runCli` is the whole program minus the process, so that
 * tests can run it in process with a fake environment.
 */
import { parseCliArgs } from './args';
import { runAudit } from './auditCommand';
import { runCheck } from './checkCommand';
import { CliError, describeError, EXIT_OK, EXIT_PROBLEMS } from './cliError';
import type { CliEnv } from './cliEnv';
import { runExport } from './exportCommand';
import { runImport } from './qdpx/importCommand';
import { nodeEnv } from './nodeEnv';
import { runScan } from './scanCommand';
import { runCooccur } from './analysis/cooccurCommand';
import { runKwic } from './analysis/kwicCommand';
import { runMatrix } from './analysis/matrixCommand';
import { usage, VERSION } from './usage';

export async function runCli(argv: readonly string[], env: CliEnv): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        await env.out.write(`${usage(args.topic)}\n`);
        return EXIT_OK;
      case 'version':
        await env.out.write(`${VERSION}\n`);
        return EXIT_OK;
      case 'scan':
        return await runScan(args, env);
      case 'check':
        return await runCheck(args, env);
      case 'export':
        return await runExport(args, env);
      case 'audit':
        return await runAudit(args, env);
      case 'import':
        return await runImport(args, env);
      case 'cooccur':
        return await runCooccur(args, env);
      case 'kwic':
        return await runKwic(args, env);
      case 'matrix':
        return await runMatrix(args, env);
    }
  } catch (error) {
    await env.err.write(`policy-annotator: ${describeError(error)}\n`);
    return error instanceof CliError ? error.exitCode : EXIT_PROBLEMS;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), nodeEnv()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`policy-annotator: ${describeError(error)}\n`);
      process.exitCode = EXIT_PROBLEMS;
    },
  );
}
