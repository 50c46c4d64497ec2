/**
 * The anchoring bench's document: sample paragraphs drawn at random until the text is 2 MB long,
 * every copy with about one word in three swapped for another word of the sample, so that no two
 * paragraphs are the same (as in a real long report: similar sentences, no verbatim repeats), and
 * passages spread over it to annotate.
 */
import type { Random } from './random';

/** Share of the words of each paragraph copy replaced by a random word of the sample. */
const SWAPPED_WORDS = 1 / 3;

export interface BenchPassage {
  /** UTF-16 offsets in the document. */
  start: number;
  end: number;
}

export function composeVariedDocument(paragraphs: readonly string[], chars: number, rng: Random): string {
  const words = paragraphs
    .join(' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const varied = rng
      .pick(paragraphs)
      .split(' ')
      .map((w) => (rng.chance(SWAPPED_WORDS) ? rng.pick(words) : w))
      .join(' ');
    parts.push(varied);
    length += varied.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** `count` passages of 20 to 300 units, spread evenly, each starting and ending at a word boundary. */
export function pickPassages(text: string, count: number, rng: Random): BenchPassage[] {
  const passages: BenchPassage[] = [];
  const stride = Math.floor(text.length / count);
  for (let i = 0; i < count; i++) {
    const from = text.indexOf(' ', i * stride + rng.int(stride / 2)) + 1;
    const end = text.indexOf(' ', from + rng.between(20, 300));
    if (from > 0 && end > from) passages.push({ start: from, end });
  }
  return passages;
}

/** The text with every passage changed by `edit` (applied from the last passage back). */
export function editPassages(text: string, passages: readonly BenchPassage[], edit: (quote: string) => string): string {
  let out = text;
  for (const p of [...passages].sort((a, b) => b.start - a.start))
    out = out.slice(0, p.start) + edit(out.slice(p.start, p.end)) + out.slice(p.end);
  return out;
}
