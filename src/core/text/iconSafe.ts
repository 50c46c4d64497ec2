// Workspace text (names, contexts, paths) shown where VS Code renders `$(name)` as an icon: quick
// pick labels, status-bar text. Escaped as `\$(name)`, it stays the text the file holds.
export function iconSafe(text: string): string {
  return text.replace(/\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g, '\\$&');
}
