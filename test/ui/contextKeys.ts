// The context keys a `when` clause reads, as the active editor sees them now: Developer: Inspect
// Context Keys prints them to the browser console for the element clicked next. For a failure's
// message (why a key binding did nothing); it clicks into the editor, so only after the fact.
import type { Workbench } from './workbench';

export async function inspectContextKeys(workbench: Workbench, names: readonly string[]): Promise<string> {
  const { page } = workbench;
  const contexts: Record<string, unknown>[] = [];
  const listener = (message: { args(): { jsonValue(): Promise<unknown> }[] }): void => {
    for (const arg of message.args())
      void arg.jsonValue().then(
        (value) => {
          if (value !== null && typeof value === 'object' && 'editorTextFocus' in value) contexts.push(value as Record<string, unknown>);
        },
        () => undefined,
      );
  };
  page.on('console', listener);
  try {
    await workbench.runCommand('Developer: Inspect Context Keys');
    await page
      .locator('.editor-group-container.active .monaco-editor .view-lines')
      .first()
      .click({ position: { x: 4, y: 4 } });
    const deadline = Date.now() + 5_000;
    while (contexts.length === 0 && Date.now() < deadline) await page.waitForTimeout(100);
  } finally {
    page.off('console', listener);
  }
  const context = contexts.at(-1) ?? {};
  return JSON.stringify(Object.fromEntries(Object.entries(context).filter(([k]) => names.includes(k))));
}
