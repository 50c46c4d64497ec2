import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { corpusDocumentTest, DEFAULT_DOCUMENTS, DEFAULT_EXCLUDE, isCorpusDocument } from '../../../../src/core/base/ports';

describe('which files are corpus documents (editor and CLI alike)', () => {
  it('uses the defaults the manifest declares for the settings', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default: string }> } };
    };
    const props = manifest.contributes.configuration.properties;
    assert.equal(props['policyAnnotator.documents'].default, DEFAULT_DOCUMENTS);
    assert.equal(props['policyAnnotator.exclude'].default, DEFAULT_EXCLUDE);
  });

  it('takes text and Markdown at any depth, never sidecars, catalogs or excluded folders', () => {
    const yes = ['report.txt', 'a/b/chapter.md', 'notes.markdown'];
    const no = ['report.txt.annotations.yaml', 'entities.yaml', 'node_modules/x/readme.md', 'a/.git/x.txt', 'out/x.md', 'report.pdf'];
    assert.deepEqual(yes.filter(isCorpusDocument), yes);
    assert.deepEqual(no.filter(isCorpusDocument), []);
  });

  it('follows a custom glob and exclusion', () => {
    const test = corpusDocumentTest('texts/**/*.txt', '**/drafts/**');
    assert.deepEqual(['texts/a.txt', 'texts/drafts/b.txt', 'c.txt', 'texts/d.md'].filter(test), ['texts/a.txt']);
  });
});
