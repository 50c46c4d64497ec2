// `npm test`: every stage in order, output passed through as it comes, then one closing line
// `N passed, N failed` over all mocha suites, so CI counts every test, not just the last suite's.
import { spawn } from 'node:child_process';

const STAGES = ['typecheck', 'lint', 'test:unit', 'test:vscode', 'test:ui'];
const totals = { passed: 0, failed: 0, pending: 0 };

function runStage(stage) {
  return new Promise((resolve) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', stage], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) count(line);
    });
    child.on('close', (code, signal) => {
      count(pending);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Mocha's own summary lines ("  12 passing (3s)", "  1 failing", "  2 pending"). */
function count(line) {
  const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
  if (!m) return;
  const n = Number(m[1]);
  if (m[2] === 'passing') totals.passed += n;
  else if (m[2] === 'failing') totals.failed += n;
  else totals.pending += n;
}

let exitCode = 0;
for (const stage of STAGES) {
  console.log(`\n=== npm run ${stage}`);
  exitCode = await runStage(stage);
  if (exitCode !== 0) {
    console.error(`npm run ${stage} failed (exit code ${exitCode}); later stages were not run.`);
    if (totals.failed === 0) totals.failed = 1; // a failed type check or lint counts as a failure
    break;
  }
}
const skipped = totals.pending > 0 ? `, ${totals.pending} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(exitCode);
