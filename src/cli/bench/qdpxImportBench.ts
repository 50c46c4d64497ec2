/**
 * REFI-QDA import figures (issue 15: 2,000 annotations over 100 documents in at most 3 s): a
 * project generated here (the XML written directly: sample paragraphs as sources, half of them
 * with CRLF line ends, selections named by their quote, a two-level codebook), zipped with fflate,
 * then imported into an empty temporary folder by the same function as `policy-annotator import`
 * (read under caps, schema check, parse, plan, atomic writes), and imported again (nothing added).
 * Informational: prints figures, judges nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { qdeGuid } from '../../core/exchange/qdeGuids';
import { importTotals } from '../../core/exchange/qdeImportReport';
import { importQdpx } from '../../node/qdpxImport';
import { readSampleParagraphs } from './corpusGenerator';
import { Random } from './random';

export interface QdpxImportFigure {
  documents: number;
  annotations: number;
  archiveBytes: number;
  firstMs: number;
  /** CPU time (user + system) of the first import, which a busy machine inflates less. */
  firstCpuMs: number;
  againMs: number;
  added: number;
  present: number;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');

/** The archive of a generated project: `documents` sources with `perDocument` selections each. */
export function generateQdpx(corpusDir: string, documents: number, perDocument: number, seed: number): Uint8Array {
  const rng = new Random(seed);
  const paragraphs = readSampleParagraphs(corpusDir).paragraphs;
  const codes = Array.from({ length: 6 }, (_, i) => ({
    guid: qdeGuid('code', `group-${i}`),
    name: `Group ${i}`,
    children: Array.from({ length: 5 }, (_, j) => ({ guid: qdeGuid('code', `code-${i}-${j}`), name: `Code ${i}.${j}` })),
  }));
  const leaves = codes.flatMap((c) => c.children);
  const files: Zippable = {};
  const sources: string[] = [];
  for (let d = 0; d < documents; d++) {
    const guid = qdeGuid('source', d);
    const lineEnd = d % 2 === 0 ? '\r\n' : '\n';
    const text = Array.from({ length: 12 }, () => rng.pick(paragraphs)).join(lineEnd + lineEnd) + lineEnd;
    files[`sources/${guid}.txt`] = strToU8(text);
    const points = [...text];
    const selections: string[] = [];
    for (let s = 0; s < perDocument; s++) {
      const start = rng.int(points.length - 200);
      const end = start + 20 + rng.int(150);
      const code = rng.pick(leaves);
      selections.push(
        `<PlainTextSelection guid="${qdeGuid('selection', d, s)}" name="${esc(points.slice(start, end).join(''))}" startPosition="${start}" endPosition="${end}" creationDateTime="2025-03-01T14:05:00Z">` +
          `<Description>memo ${s}</Description><Coding guid="${qdeGuid('coding', d, s)}"><CodeRef targetGUID="${code.guid}"/></Coding></PlainTextSelection>`,
      );
    }
    sources.push(
      `<TextSource guid="${guid}" name="Document ${d}" plainTextPath="internal://${guid}.txt">\n${selections.join('\n')}\n</TextSource>`,
    );
  }
  const codebook = codes
    .map(
      (c) =>
        `<Code guid="${c.guid}" name="${c.name}" isCodable="false">${c.children.map((k) => `<Code guid="${k.guid}" name="${k.name}" isCodable="true"/>`).join('')}</Code>`,
    )
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="bench">\n<CodeBook><Codes>\n${codebook}\n</Codes></CodeBook>\n<Sources>\n${sources.join('\n')}\n</Sources>\n</Project>\n`;
  files['project.qde'] = strToU8(xml);
  return zipSync(files, { level: 6 });
}

/** The best of `runs` imports (each into a new folder), with the CPU time of this process. */
export async function runQdpxImportBench(corpusDir: string, seed: number, runs = 3): Promise<QdpxImportFigure> {
  const archive = generateQdpx(corpusDir, 100, 20, seed);
  let best: QdpxImportFigure | undefined;
  for (let r = 0; r < runs; r++) {
    const figure = await importTwice(archive, 100, 20);
    if (!best || figure.firstMs < best.firstMs) best = figure;
  }
  return best!;
}

async function importTwice(archive: Uint8Array, documents: number, perDocument: number): Promise<QdpxImportFigure> {
  const root = mkdtempSync(join(tmpdir(), 'pa-bench-qdpx-'));
  try {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const first = await importQdpx(archive, join(root, 'corpus'));
    const t1 = performance.now();
    const cpu = process.cpuUsage(c0);
    const again = await importQdpx(archive, join(root, 'corpus'));
    const t2 = performance.now();
    const errors = [...first.report.problems, ...again.report.problems].filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`the generated project did not import cleanly: ${errors[0].message}`);
    return {
      documents,
      annotations: documents * perDocument,
      archiveBytes: archive.length,
      firstMs: t1 - t0,
      firstCpuMs: (cpu.user + cpu.system) / 1000,
      againMs: t2 - t1,
      added: importTotals(first.report).added,
      present: importTotals(again.report).present,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function formatQdpxImportBench(f: QdpxImportFigure): string {
  return [
    `REFI-QDA import (${f.documents} documents, ${f.annotations} annotations, ${(f.archiveBytes / 1024).toFixed(0)} KB .qdpx; target ≤ 3 s)`,
    `  first import  ${(f.firstMs / 1000).toFixed(2)} s wall, ${(f.firstCpuMs / 1000).toFixed(2)} s CPU, best of 3  (${f.added} annotations added: read, schema check, parse, plan, atomic writes)`,
    `  import again  ${(f.againMs / 1000).toFixed(2)} s  (${f.present} already there, nothing written)`,
  ].join('\n');
}
