import { strict as assert } from 'node:assert';
import { loadSidecar } from '../../../../src/core/sidecars/sidecarLoad';
import { renamedSidecarText } from '../../../../src/core/sidecars/sidecarRenameText';
import { HAND_WRITTEN } from '../../helpers/sidecarTexts';

describe('a sidecar moved with its renamed document', () => {
  const FROM = 'corpus/report.txt.annotations.yaml';
  const TO = 'corpus/report (final).txt.annotations.yaml';

  it('names the new document and keeps every other byte (comments, unknown keys, annotations)', () => {
    const text = renamedSidecarText(HAND_WRITTEN, FROM, TO)!;
    assert.equal(text, HAND_WRITTEN.replace('document: report.txt', 'document: report (final).txt'));
    const model = loadSidecar(text, TO);
    assert.deepEqual([model.readOnly, model.topFields.document, model.ids], [false, 'report (final).txt', ['a1', 'a2']]);
  });

  it('keeps CRLF line ends and quotes a name that needs it', () => {
    const crlf = 'version: 1\r\ndocument: "report.txt"\r\nannotations: []\r\n';
    assert.equal(renamedSidecarText(crlf, FROM, TO), 'version: 1\r\ndocument: "report (final).txt"\r\nannotations: []\r\n');
    assert.equal(
      renamedSidecarText(crlf, FROM, 'corpus/#1: notes.md.annotations.yaml'),
      'version: 1\r\ndocument: "#1: notes.md"\r\nannotations: []\r\n',
    );
  });

  it('leaves a sidecar that cannot be edited safely as it is (undefined)', () => {
    assert.equal(renamedSidecarText(HAND_WRITTEN.replace('id: a2', 'id: a1'), FROM, TO), undefined);
    assert.equal(renamedSidecarText('version: 1\ndocument: "open\n', FROM, TO), undefined);
    assert.throws(() => renamedSidecarText(HAND_WRITTEN, FROM, 'corpus/report.txt'), /not a sidecar name/);
  });
});
