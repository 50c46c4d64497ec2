/**
 * Workspace text (entity names, ids, aliases, paths) made safe for VS Code notifications, input-box
 * prompts and validation messages. Those render `[label](command:…)`, `[label](https://…)` and
 * `[label](file:…)` as clickable links that may run commands, so a catalog from someone else could
 * put a live command in front of the analyst. A zero-width space between `]` and `(` keeps the text
 * readable and unlinkable; `$(icon)` syntax is neutralised the same way.
 */
const ZERO_WIDTH_SPACE = '\u200b';

export function plainMessage(text: string): string {
  return text.replace(/\]\s*\(/g, (m) => `]${ZERO_WIDTH_SPACE}${m.slice(1)}`).replace(/\$\(/g, `$${ZERO_WIDTH_SPACE}(`);
}

/** VS Code's own link syntax in notifications and quick inputs (its parseLinkedText), for tests. */
export const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
