// The folder `npm run bench:editor` opens when given none: the corpus `npm run bench` generates
// (same generator, same seed, same documents) written out as files, with the sample corpus's
// entity catalog as its entities.yaml (which extends the world catalog, as corpus/ does).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateCorpus, readSampleParagraphs } from '../../src/cli/bench/corpusGenerator';
import { Random } from '../../src/cli/bench/random';
import { loadSeedCatalog } from '../../src/cli/bench/seedCatalog';
import { CORPUS_DIR } from './testWorkspace';

export interface GeneratedFolder {
  folder: string;
  documents: number;
  bytes: number;
  catalogSource: string;
}

export function writeGeneratedFolder(folder: string, mb: number, seed: number): GeneratedFolder {
  const sample = readSampleParagraphs(CORPUS_DIR);
  const corpus = generateCorpus(sample, mb * 1e6, new Random(seed).fork('corpus'));
  const catalog = loadSeedCatalog(CORPUS_DIR, sample.paragraphs.join('\n\n'));
  fs.mkdirSync(folder, { recursive: true });
  for (const doc of corpus.documents) {
    const file = path.join(folder, doc.id);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, doc.text);
  }
  fs.writeFileSync(path.join(folder, 'entities.yaml'), catalog.text);
  return { folder, documents: corpus.documents.length, bytes: corpus.totalBytes, catalogSource: catalog.source };
}
