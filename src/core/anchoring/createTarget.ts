/**
 * A new annotation's target from the editor's selection: the quote and up to `CONTEXT_LENGTH` code
 * points of context on each side, all over the normalised text, with code point positions.
 */
import type { TextTarget } from './anchorTypes';
import { AnchorText } from './anchorText';

/** Code points of prefix and suffix kept with each quote. */
export const CONTEXT_LENGTH = 32;

/**
 * `rawStart`/`rawEnd` are UTF-16 offsets in the raw text (a VS Code selection). Throws a
 * RangeError for an empty or out-of-bounds selection: there is nothing to anchor.
 */
export function createTarget(doc: AnchorText | string, rawStart: number, rawEnd: number, contextLength = CONTEXT_LENGTH): TextTarget {
  const d = typeof doc === 'string' ? AnchorText.of(doc) : doc;
  if (!(rawStart >= 0 && rawEnd <= d.raw.length && rawStart <= rawEnd)) {
    throw new RangeError(`selection ${rawStart}-${rawEnd} is outside the text (length ${d.raw.length})`);
  }
  const start = d.codePointOfRaw(rawStart);
  const end = d.codePointOfRaw(rawEnd);
  if (start === end) throw new RangeError('the selection is empty: select the passage to tag');
  const at = (cp: number): number => d.unitOf(Math.max(0, Math.min(cp, d.codePointLength)));
  return {
    exact: d.text.slice(at(start), at(end)),
    prefix: d.text.slice(at(start - contextLength), at(start)),
    suffix: d.text.slice(at(end), at(end + contextLength)),
    start,
    end,
  };
}
