/**
 * The scaled bench corpus: paragraphs of the sample documents, drawn at random (seeded) into a few
 * thousand documents of varied length, plus one document of 20 KB and one of 2 MB for the edit
 * (re-scan) timings. Everything stays in memory; nothing here is ever timed as indexing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Random } from './random';

export interface BenchDocument {
  id: string;
  text: string;
  /** UTF-8 size, the unit of every MB and MB/s figure. */
  bytes: number;
}

export interface BenchCorpus {
  documents: BenchDocument[];
  totalBytes: number;
  totalChars: number;
  /** Documents with CRLF line ends (the scanner's offset map has work to do there). */
  crlfDocuments: number;
  paragraphs: number;
  sourceFiles: string[];
  /** Two documents of the corpus used for the re-scan timings. */
  small: BenchDocument;
  large: BenchDocument;
}

export const SMALL_DOC_CHARS = 20 * 1024;
export const LARGE_DOC_CHARS = 2 * 1024 * 1024;
const MIN_DOC_CHARS = 4 * 1024;
const MAX_DOC_CHARS = 80 * 1024;
const CRLF_SHARE = 0.04;

export interface SampleParagraphs {
  files: string[];
  paragraphs: string[];
}

/** Paragraphs (blank-line separated) of every `.txt` and `.md` file directly in `dir`. */
export function readSampleParagraphs(dir: string): SampleParagraphs {
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f))
    .sort();
  const paragraphs: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    for (const p of text.split(/\n[ \t]*\n/)) {
      const trimmed = p.trim();
      if (trimmed !== '') paragraphs.push(trimmed);
    }
  }
  if (paragraphs.length === 0) throw new Error(`no .txt or .md paragraphs found in ${dir}`);
  return { files, paragraphs };
}

export function generateCorpus(sample: SampleParagraphs, targetBytes: number, rng: Random): BenchCorpus {
  const documents: BenchDocument[] = [];
  let crlfDocuments = 0;
  const add = (chars: number): BenchDocument => {
    const crlf = rng.chance(CRLF_SHARE);
    let text = composeDocument(sample.paragraphs, chars, rng);
    if (crlf) {
      text = text.replace(/\n/g, '\r\n');
      crlfDocuments++;
    }
    const doc = { id: `bench/doc-${String(documents.length + 1).padStart(5, '0')}.txt`, text, bytes: Buffer.byteLength(text, 'utf8') };
    documents.push(doc);
    return doc;
  };
  const large = add(LARGE_DOC_CHARS);
  const small = add(SMALL_DOC_CHARS);
  let totalBytes = large.bytes + small.bytes;
  while (totalBytes < targetBytes) {
    // Log-uniform lengths: many short documents, a few long ones (mean about 25 KB).
    const chars = Math.round(MIN_DOC_CHARS * Math.pow(MAX_DOC_CHARS / MIN_DOC_CHARS, rng.next()));
    totalBytes += add(chars).bytes;
  }
  shuffle(documents, rng);
  const totalChars = documents.reduce((sum, d) => sum + d.text.length, 0);
  return {
    documents,
    totalBytes,
    totalChars,
    crlfDocuments,
    paragraphs: sample.paragraphs.length,
    sourceFiles: sample.files,
    small,
    large,
  };
}

/** Random paragraphs joined by blank lines until the text is `chars` long (the last one cut at a space). */
function composeDocument(paragraphs: readonly string[], chars: number, rng: Random): string {
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const room = chars - length - (parts.length > 0 ? 2 : 0);
    let p = rng.pick(paragraphs);
    if (p.length > room) {
      const cut = p.lastIndexOf(' ', room);
      if (cut <= 0) break;
      p = p.slice(0, cut);
    }
    parts.push(p);
    length += p.length + (parts.length > 1 ? 2 : 0);
  }
  // join() yields a flat string, as an editor's getText() does: no rope for the scanner to flatten.
  return parts.join('\n\n');
}

function shuffle<T>(items: T[], rng: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}
