/**
 * The bench corpus with hundreds of entities mentioned together, for the Analysis panel's figures
 * (issue 14: a 200 × 200 matrix, a network of 300 nodes): the sample paragraphs name fewer than
 * 200 entities, so every paragraph of the generated corpus (corpusGenerator.ts) gets a sentence
 * naming two to five synthetic entities (catalogGenerator.ts), drawn with Zipf-like weights so
 * that a few are mentioned often and most rarely, as in real texts. Deterministic for a seed.
 */
import type { BenchCorpus, BenchDocument } from './corpusGenerator';
import type { SpecEntity } from './catalogYaml';
import type { Random } from './random';

/** Exponent of the weights (rank r weighs 1 / r^s): lower spreads the mentions more evenly. */
const ZIPF = 0.4;

const FRAMES: ReadonlyArray<(names: string) => string> = [
  (n) => `${n} signed a joint statement.`,
  (n) => `Talks between ${n} continued.`,
  (n) => `${n} were represented at the meeting.`,
  (n) => `Officials from ${n} met again.`,
];

/** Names joined as prose: "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Draws entity ranks by weight: a cumulative table searched by bisection. */
class WeightedPick {
  private readonly cumulative: Float64Array;

  constructor(count: number) {
    this.cumulative = new Float64Array(count);
    let sum = 0;
    for (let r = 0; r < count; r++) this.cumulative[r] = sum += 1 / Math.pow(r + 1, ZIPF);
  }

  pick(rng: Random): number {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** One sentence naming two to five distinct entities of `names`. */
function sentence(names: readonly string[], weights: WeightedPick, rng: Random): string {
  const count = rng.between(2, 5);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(weights.pick(rng));
  return rng.pick(FRAMES)(listed([...chosen].map((r) => names[r])));
}

/** The corpus with a sentence naming `entities` appended to every paragraph of every document. */
export function weaveEntities(corpus: BenchCorpus, entities: readonly SpecEntity[], rng: Random): BenchCorpus {
  const names = entities.map((e) => e.name);
  const weights = new WeightedPick(names.length);
  const weave = (doc: BenchDocument): BenchDocument => {
    const crlf = doc.text.includes('\r\n');
    const gap = crlf ? '\r\n\r\n' : '\n\n';
    const text = doc.text
      .split(gap)
      .map((p) => `${p} ${sentence(names, weights, rng)} ${sentence(names, weights, rng)}`)
      .join(gap);
    return { id: doc.id, text, bytes: Buffer.byteLength(text, 'utf8') };
  };
  const documents = corpus.documents.map(weave);
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    ...corpus,
    documents,
    totalBytes: documents.reduce((sum, d) => sum + d.bytes, 0),
    totalChars: documents.reduce((sum, d) => sum + d.text.length, 0),
    small: byId.get(corpus.small.id) ?? corpus.small,
    large: byId.get(corpus.large.id) ?? corpus.large,
  };
}
