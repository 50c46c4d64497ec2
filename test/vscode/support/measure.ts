// Measurements printed by in-editor tests (for the README, never asserted: the machine is shared).
import * as fs from 'node:fs';
import * as vscode from 'vscode';

/** Figures go to the runner's output (the mocha log it follows), else to the console. */
export function print(line: string): void {
  const log = process.env.POLICY_ANNOTATOR_TEST_LOG;
  if (log) fs.appendFileSync(log, `      ${line}\n`);
  else console.log(line);
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The workspace's top-level documents joined and repeated up to `size` characters. */
export async function largeSampleText(size: number): Promise<string> {
  const docs = await vscode.workspace.findFiles('*.{txt,md}');
  const texts = await Promise.all(docs.sort().map(async (d) => new TextDecoder().decode(await vscode.workspace.fs.readFile(d))));
  const joined = texts.join('\n\n');
  return joined.repeat(Math.ceil(size / joined.length)).slice(0, size);
}
