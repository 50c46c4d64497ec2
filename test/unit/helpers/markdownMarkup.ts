// What a CommonMark renderer could turn into markup in a markdown string: everything except the
// backslash-escaped characters (always literals, by the spec). Shared by the unit and in-editor
// tests of the hover card.

/** The markdown with every escaped character (and its backslash) replaced by a plain letter. */
export function structuralMarkup(markdown: string): string {
  return markdown.replace(/\\[\s\S]/g, 'x');
}

/** Targets of the markdown links `[label](target …)` a renderer would make live. */
export function linkTargets(markdown: string): string[] {
  return [...structuralMarkup(markdown).matchAll(/\]\(\s*([^\s)]*)/g)].map((m) => m[1]);
}

/**
 * Everything in the markdown that could render as HTML, an entity, an autolink, a theme icon or a
 * link to a target `allowed` rejects; an empty list when the string is safe.
 */
export function liveMarkupProblems(markdown: string, allowed: (target: string) => boolean): string[] {
  const problems = linkTargets(markdown)
    .filter((t) => !allowed(t))
    .map((t) => `link to ${t}`);
  const outsideLinks = structuralMarkup(markdown).replace(/\]\(\s*[^\s)]*[^)]*\)/g, '](…)');
  const patterns: Array<[RegExp, string]> = [
    [/</, 'raw < (HTML or autolink)'],
    [/&[#\w]+;/, 'HTML entity'],
    [/\b(?:https?|ftp|javascript|command|data|file|vscode):/i, 'scheme outside a link target'],
    [/\bwww\./i, 'www. autolink'],
    [/\w@\w/, 'e-mail autolink'],
    [/\$\(/, 'theme icon'],
  ];
  for (const [re, what] of patterns) if (re.test(outsideLinks)) problems.push(`${what}: ${outsideLinks.match(re)?.[0]}`);
  return problems;
}

/** Inverse of the escaping, for checking that the text itself survives. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([\s\S])/g, '$1');
}

/** Text a hostile catalog could hold in a name, alias or description. */
export const HOSTILE = [
  '[x](command:workbench.action.quit)',
  '[y](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<script>alert(1)</script>',
  'https://evil.example/path?q=1',
  'www.evil.example',
  'mail me: someone@evil.example',
  '<https://evil.example>',
  '`code` and ``double`` ticks',
  '&lt;img src=x&gt; &#106;avascript:alert(1) &amp;',
  '![pic](https://evil.example/track.png)',
  '[ref][1]\n\n[1]: command:workbench.action.quit',
  '$(zap) theme icon',
  '**bold** _em_ ~~strike~~ | a | b |',
];
