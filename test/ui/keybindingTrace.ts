// Why a key did nothing: the workbench's keyboard-shortcut troubleshooting log (read from the
// browser console) and, on demand, the context keys a `when` clause reads (Developer: Inspect
// Context Keys prints them to the console for the element clicked next).
import type { Page } from 'playwright-core';
import type { Workbench } from './workbench';

export interface KeybindingTrace {
  /** A mark in the log, to read what came after it. */
  mark(): number;
  /** How the workbench resolved keys since `mark`: matched, or which `when` did not hold. */
  resolvedSince(mark: number): string[];
  /** The context keys named in `keys` (exact names or `prefix.`), as seen by the active editor. */
  contextKeys(keys: readonly string[]): Promise<string>;
}

/** Turns the troubleshooting log on (it opens the Output panel; focus is given back to the editor). */
export async function traceKeybindings(workbench: Workbench): Promise<KeybindingTrace> {
  const page: Page = workbench.page;
  const lines: string[] = [];
  const contexts: Record<string, unknown>[] = [];
  page.on('console', (message) => {
    lines.push(message.text());
    for (const arg of message.args())
      void arg.jsonValue().then(
        (value: unknown) => {
          if (value !== null && typeof value === 'object' && 'editorTextFocus' in value) contexts.push(value as Record<string, unknown>);
        },
        () => undefined,
      );
  });
  await workbench.runCommand('Developer: Toggle Keyboard Shortcuts Troubleshooting');
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  const editorText = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  return {
    mark: () => lines.length,
    resolvedSince: (mark) =>
      lines.slice(mark).filter((l) => /\[KeybindingService\]: .*(Resolving|matched|when clauses|keybinding entries|Invoking)/.test(l)),
    contextKeys: async (keys) => {
      const before = contexts.length;
      await workbench.runCommand('Developer: Inspect Context Keys');
      await editorText.click({ position: { x: 4, y: 4 } });
      const deadline = Date.now() + 5_000;
      while (contexts.length === before && Date.now() < deadline) await page.waitForTimeout(100);
      const context = contexts.at(-1) ?? {};
      const shown = Object.entries(context).filter(([k]) => keys.some((key) => k === key || (key.endsWith('.') && k.startsWith(key))));
      return JSON.stringify(Object.fromEntries(shown));
    },
  };
}
