// Entry of the in-editor suite: VS Code loads this file (extensionTestsPath) inside the extension
// host and calls run(), the contract @vscode/test-electron uses too. Mocha is bundled into this
// file; every compiled `*.test.js` next to it is a test file, so adding a test is adding a file.
//
// Environment (set by the runners, inherited by the extension host):
//   POLICY_ANNOTATOR_TEST_SUMMARY  file that receives mocha's "N passed, N failed" line
//   POLICY_ANNOTATOR_TEST_LOG      file that receives the reporter's output as it is written
//   POLICY_ANNOTATOR_TEST_GREP     only run tests whose full title matches this pattern
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
}

export const ENV = {
  summary: 'POLICY_ANNOTATOR_TEST_SUMMARY',
  log: 'POLICY_ANNOTATOR_TEST_LOG',
  grep: 'POLICY_ANNOTATOR_TEST_GREP',
} as const;

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Mirrors the reporter's lines into the log file, so a runner can show them as they come. */
function teeReporterOutput(logFile: string | undefined): void {
  if (!logFile) return;
  const print = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]): void => {
    print(...args);
    fs.appendFileSync(logFile, `${format(...args)}\n`);
  };
}

export function summaryLine(r: SuiteResult): string {
  return `${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} pending` : ''}`;
}

/** Runs the suite and resolves with its counts (never rejects for failing tests). */
export function runSuite(): Promise<SuiteResult> {
  const logFile = process.env[ENV.log];
  teeReporterOutput(logFile);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  const grep = process.env[ENV.grep];
  if (grep) mocha.grep(grep);
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
        resolve({ passed: stats.passes, failed: stats.failures, pending: stats.pending });
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** The extension-test entry point. Rejects when a test failed: that is what sets the exit code. */
export async function run(): Promise<void> {
  let result: SuiteResult;
  try {
    result = await runSuite();
  } catch (err) {
    // e.g. a test file that throws while loading: make it visible in the runner's output too
    const message = `The suite could not run: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
    console.error(message);
    const logFile = process.env[ENV.log];
    if (logFile) fs.appendFileSync(logFile, `${message}\n`);
    throw err;
  }
  const line = summaryLine(result);
  console.log(line);
  const summaryFile = process.env[ENV.summary];
  if (summaryFile) fs.writeFileSync(summaryFile, `${line}\n`);
  if (result.failed > 0) throw new Error(`${result.failed} test(s) failed`);
}
