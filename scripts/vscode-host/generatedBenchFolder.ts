// The folder `npm run bench:editor` opens when given none: the corpus `npm run bench` generates
// (same generator, same seed, same documents) written out as files, with the sample corpus's
// entity catalog as its entities.yaml (which extends the world catalog, as corpus/ does).
// `npm run bench:panel` adds synthetic entities mentioned together in every paragraph (their
// catalog in synthetic/entities.yaml), so that hundreds of entities co-occur.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { synthesizeEntities } from '../../src/cli/bench/catalogGenerator';
import { renderCatalogYaml } from '../../src/cli/bench/catalogYaml';
import { weaveEntities } from '../../src/cli/bench/cooccurringCorpus';
import { generateCorpus, readSampleParagraphs } from '../../src/cli/bench/corpusGenerator';
import { Random } from '../../src/cli/bench/random';
import { loadSeedCatalog } from '../../src/cli/bench/seedCatalog';
import { readBuiltInCatalog } from '../../src/cli/builtInCatalogFiles';
import { CORPUS_DIR } from './testWorkspace';

export interface GeneratedFolder {
  folder: string;
  documents: number;
  bytes: number;
  catalogSource: string;
  /** Synthetic entities woven into the paragraphs (0 without `cooccurring`). */
  synthetic: number;
}

/** `cooccurring`: that many synthetic entities are named together in every paragraph. */
export async function writeGeneratedFolder(folder: string, mb: number, seed: number, cooccurring = 0): Promise<GeneratedFolder> {
  const sample = readSampleParagraphs(CORPUS_DIR);
  const rng = new Random(seed);
  let corpus = generateCorpus(sample, mb * 1e6, rng.fork('corpus'));
  const catalog = loadSeedCatalog(CORPUS_DIR, sample.paragraphs.join('\n\n'));
  fs.mkdirSync(folder, { recursive: true });
  if (cooccurring > 0) {
    // No synthetic spelling may clash with the sample's or the world catalog's (it would not be matched).
    const taken = [...catalog.entities, ...(await readBuiltInCatalog('world')).entities];
    const synthetic = synthesizeEntities(taken, cooccurring, rng.fork('catalog'));
    corpus = weaveEntities(corpus, synthetic, rng.fork('mentions'));
    fs.mkdirSync(path.join(folder, 'synthetic'));
    fs.writeFileSync(
      path.join(folder, 'synthetic', 'entities.yaml'),
      renderCatalogYaml(synthetic, `${synthetic.length} synthetic entities of npm run bench:panel, named together in every paragraph`),
    );
  }
  for (const doc of corpus.documents) {
    const file = path.join(folder, doc.id);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, doc.text);
  }
  fs.writeFileSync(path.join(folder, 'entities.yaml'), catalog.text);
  return { folder, documents: corpus.documents.length, bytes: corpus.totalBytes, catalogSource: catalog.source, synthetic: cooccurring };
}
