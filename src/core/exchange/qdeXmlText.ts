/**
 * Text as XML 1.0 can carry it, for the REFI-QDA export's `project.qde`. XML 1.0 allows tab, line
 * feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; anything else (other
 * control characters, U+FFFE, U+FFFF, a surrogate without its pair) cannot be written, not even
 * as a character reference. `xmlChars` replaces each such character with U+FFFD and counts them
 * (the export reports the count); the escapers then make the text safe inside an element or an
 * attribute value, so that a parser gives back exactly the same characters.
 */

/** One character XML 1.0 cannot carry (a lone surrogate is one unit, a valid pair is allowed). */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const REPLACEMENT_CHARACTER = '\ufffd';

/** `text` with every character XML 1.0 cannot carry replaced by U+FFFD, and how many there were. */
export function xmlChars(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(NOT_XML_CHAR, () => {
    replaced++;
    return REPLACEMENT_CHARACTER;
  });
  return { text: out, replaced };
}

/** Surrogate halves without their pair: UTF-8 cannot encode them (a source file gets U+FFFD). */
export function loneSurrogates(text: string): number {
  return text.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g)?.length ?? 0;
}

/**
 * Character content of an element: `&` and `<` must be escaped, `>` is (for `]]>`), and a
 * carriage return becomes `&#13;` (a parser would otherwise turn it, or CRLF, into a line feed).
 */
export function escapeXmlText(text: string): string {
  return /[&<>\r]/.test(text) ? text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]) : text;
}

/**
 * An attribute value in double quotes: also `"`, and tab, line feed and carriage return as
 * character references (attribute-value normalisation would turn them into spaces).
 */
export function escapeXmlAttribute(text: string): string {
  return /[&<>"\t\n\r]/.test(text) ? text.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]) : text;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };
