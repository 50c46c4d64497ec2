/**
 * Where a command writes a setting. Where the user's value lives (the workspace when it sets one,
 * else the user settings), so the change takes effect and no settings file appears in the corpus
 * unasked; but never a workspace file in Restricted Mode, where the extension writes nothing of
 * the workspace's: there it is the user settings, even when the workspace's value then still wins.
 */
export type SettingScope = 'workspace' | 'user';

export function settingScope(workspaceSetsIt: boolean, workspaceTrusted: boolean): SettingScope {
  return workspaceSetsIt && workspaceTrusted ? 'workspace' : 'user';
}
