// The toggle commands (entity highlights, annotation highlights): a boolean setting of the
// extension flipped where it is decided. Written like every setting a command changes
// (`updateSetting`, see core/base/settingScope): in the workspace settings when the workspace sets
// it (a user-level write would change nothing), else in the user settings, and never a workspace
// file in Restricted Mode: when the workspace's value then still wins, the user is told why
// nothing changed.
import * as vscode from 'vscode';
import { updateSetting } from './config';
import { settingId, type BooleanSetting } from './settings';

/**
 * Sets the setting to the opposite of `value` (its value now, as the feature reads it). `what`
 * names what it switches, for the message ("entity highlights").
 */
export async function toggleSetting(setting: BooleanSetting, value: boolean, what: string): Promise<void> {
  const { overridden } = await updateSetting(setting, !value);
  if (overridden) {
    void vscode.window.showInformationMessage(
      `This workspace sets ${settingId(setting)}; in Restricted Mode Policy Annotator changes only your user setting, and the workspace's still applies. Trust the workspace, or edit its settings, to toggle ${what} here.`,
    );
  }
}
