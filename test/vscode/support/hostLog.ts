// The extension host's own log (exthost.log on the desktop, remoteexthost.log under code-server):
// the folder of an extension's `context.logUri` holds it. Its entries are read whole (a warning
// with its stack), so one can be told apart by level and by who caused it.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface LogEntry {
  level: string;
  /** The entry's first line and any continuation lines (a stack). */
  text: string;
}

const ENTRY_START = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \[(\w+)\]/;

/** The extension host log files in the folder that holds an extension's own log folder. */
export function hostLogFiles(extensionLogDir: string): string[] {
  const dir = path.dirname(extensionLogDir);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('exthost.log'))
    .map((f) => path.join(dir, f));
}

export function logEntries(text: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const start = ENTRY_START.exec(line);
    if (start) entries.push({ level: start[1], text: line });
    else if (entries.length > 0 && line !== '') entries[entries.length - 1].text += `\n${line}`;
  }
  return entries;
}

/**
 * Warnings and errors the extension caused: those the host tags with its id (`[publisher.name]`,
 * e.g. a setting read without its scope) and those whose stack runs through its files (e.g. a
 * library probing a global the host forbids).
 */
export function extensionProblems(entries: readonly LogEntry[], extensionId: string, extensionPath: string): LogEntry[] {
  return entries.filter(
    (e) => (e.level === 'warning' || e.level === 'error') && (e.text.includes(`[${extensionId}]`) || e.text.includes(extensionPath)),
  );
}

/** Reads the files until their size holds still for a moment (the host's logger writes on a thread of its own). */
export async function settledText(files: readonly string[]): Promise<string> {
  let last = -1;
  for (;;) {
    const size = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    if (size === last) return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    last = size;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
