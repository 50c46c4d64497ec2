// Auto-save off while a test edits a document it deletes afterwards. The web workbench saves after
// a delay by default: a save still under way when the test reverts and deletes the file writes it
// back (a 2 MB save under load takes seconds), and the document returns to the index behind the
// next tests' backs. With auto-save off no save can be in flight.
import * as vscode from 'vscode';

export async function withoutAutoSave<T>(body: () => Promise<T>, cleanup?: () => Promise<void>): Promise<T> {
  const files = vscode.workspace.getConfiguration('files');
  const autoSave = files.inspect<string>('autoSave')?.globalValue;
  await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await cleanup?.();
    await files.update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  }
}
