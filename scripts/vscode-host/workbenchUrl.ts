// The URL that opens a folder in the web workbench with the extension under development loaded
// (and, for in-editor tests, its test entry). VS Code honours this `payload` only when the server
// runs with enable-smoke-test-driver.

export interface WorkbenchTarget {
  origin: string;
  port: number;
  /** Absolute path of the folder to open (on the server's disk). */
  folder: string;
  extensionDevelopmentPath: string;
  extensionTestsPath?: string;
}

export function workbenchUrl(t: WorkbenchTarget): string {
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${t.port}${p}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(t.extensionDevelopmentPath)]];
  if (t.extensionTestsPath) payload.push(['extensionTestsPath', remote(t.extensionTestsPath)]);
  return `${t.origin}/?folder=${encodeURIComponent(t.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
