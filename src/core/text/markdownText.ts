/**
 * Workspace text (names, descriptions, aliases from someone else's catalog) made safe for the
 * editor's markdown: rendered as the literal text it is, never as a link, an autolink, HTML, an
 * HTML entity, a theme icon or any other markup.
 *
 * CommonMark lets a backslash escape every ASCII punctuation character, and an escaped character
 * is always a literal. So every one of them is escaped: `<` can no longer open HTML or an
 * autolink, `&` an entity, `[`/`]`/`(` a link, `:`, `/`, `.` and `@` a GFM bare-URL, `www.` or
 * e-mail autolink, `$(` a theme icon; line starts can no longer be headings, lists, quotes,
 * tables or rules.
 */

/** ASCII punctuation: the characters CommonMark allows to be backslash-escaped. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** Control characters and bidirectional overrides (they can make text read other than it is). */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
}

function escapePunctuation(text: string): string {
  return text.replace(PUNCTUATION, '\\$&');
}

/** One line of literal text: any run of whitespace (newlines included) becomes one space. */
export function escapeInline(text: string): string {
  return escapePunctuation(clean(text).replace(/\s+/g, ' ').trim());
}

/**
 * Multi-line literal text (a description): blank lines separate paragraphs, a single line break
 * stays a line break, leading indentation is dropped (it would make a code block).
 */
export function escapeBlock(text: string): string {
  return clean(text)
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(escapeInline)
        .filter((line) => line.length > 0)
        .join('  \n'),
    )
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

/**
 * A `command:` URI with JSON arguments, as VS Code reads them. Beyond encodeURIComponent, the
 * characters it leaves alone that matter in a markdown link destination are encoded too.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${query}`;
}

/**
 * A link whose label is already markdown (escape workspace text first) and whose target is ours;
 * the title (a tooltip) is plain text.
 */
export function markdownLink(label: string, target: string, title?: string): string {
  const safeTarget = target.replace(/[\s()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return title === undefined ? `[${label}](${safeTarget})` : `[${label}](${safeTarget} "${escapeInline(title)}")`;
}
