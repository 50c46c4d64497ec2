/**
 * A document text prepared for anchoring: the normalised text (BOM removed, CRLF and lone CR made
 * LF) that every search works on, and exact conversions between its three kinds of offset:
 * - code points over the normalised text (what sidecars store, ARCHITECTURE.md, Files the analyst owns),
 * - UTF-16 units over the normalised text (what the searches here index),
 * - UTF-16 units over the raw text (what the editor uses).
 * Built once per document version and shared by every annotation of a batch.
 */
import { normaliseText, OffsetMap } from '../text/textOffsets';
import { hashNormalisedText } from './documentHash';
import { GramIndex } from './search/gramIndex';

export class AnchorText {
  private hashValue: string | undefined;
  private gramIndex: GramIndex | undefined;

  private constructor(
    readonly raw: string,
    /** The normalised text. */
    readonly text: string,
    private readonly rawMap: OffsetMap,
    private readonly unitMap: OffsetMap,
  ) {}

  static of(raw: string): AnchorText {
    const text = normaliseText(raw);
    return new AnchorText(raw, text, OffsetMap.fromText(raw), OffsetMap.fromDrops(lowSurrogates(text), text.length));
  }

  /** `sha256:<hex>` of the normalised text, computed on first use. */
  get hash(): string {
    this.hashValue ??= hashNormalisedText(this.text);
    return this.hashValue;
  }

  /** Index of the normalised text's 8-unit substrings, built on first use (approximate search). */
  get grams(): GramIndex {
    this.gramIndex ??= GramIndex.build(this.text);
    return this.gramIndex;
  }

  /** Length of the normalised text in code points. */
  get codePointLength(): number {
    return this.unitMap.codePointLength;
  }

  /** UTF-16 offset in the normalised text of a code point offset. */
  unitOf(codePoint: number): number {
    return this.unitMap.toRaw(codePoint);
  }

  /** Code point offset of a UTF-16 offset in the normalised text. */
  codePointOf(unit: number): number {
    return this.unitMap.toCodePoint(unit);
  }

  /** Raw UTF-16 offset (the editor's) of a code point offset. */
  rawOf(codePoint: number): number {
    return this.rawMap.toRaw(codePoint);
  }

  /** Code point offset of a raw UTF-16 offset (the editor's). */
  codePointOfRaw(rawOffset: number): number {
    return this.rawMap.toCodePoint(rawOffset);
  }
}

/** Offsets of the low half of every surrogate pair: the units that have no code point of their own. */
export function lowSurrogates(text: string): Int32Array {
  const drops: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) drops.push(++i);
    }
  }
  return Int32Array.from(drops);
}
