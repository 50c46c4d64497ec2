// "Export REFI-QDA Project (.qdpx)" in the real editor: a document tagged through the annotation
// service is exported (arguments instead of the dialog and the pick) to a file outside the
// workspace; the archive holds the corpus as text sources, the tagged passage at its code point
// place with its code and its note; a second export is byte-identical; an existing file is not
// replaced unless the arguments say so. (Schema validity is checked by the unit and CLI tests.)
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sourceGuid } from '../../src/core/exchange/qdeBuild';
import type { QdpxExportResult } from '../../src/features/qdpxExport/exportQdpxCommand';
import { COMMANDS } from '../../src/vscode/commandIds';
import type { PolicyAnnotatorApi } from '../../src/policyAnnotatorApi';
import { codePointSlice } from '../unit/helpers/exportFixtures';
import { child, elements, parseXml, unzipText } from '../unit/helpers/qdeFixtures';
import { annotate, removeDocuments, writeDocument, writeText } from './support/annotationViews';
import { choose, PromptQueue } from './support/quickInput';
import { extensionApi } from './support/extensionApi';

const NAME = 'qdpx-export-test.txt';
const QUOTE = 'engagement is not endorsement';
const TEXT = `🌏 Notes 😀 on ASEAN\n\nFor ASEAN, ${QUOTE}, said the chair.\n`;
const ORPHAN = 'qdpx-export-orphan.txt';
const GONE = 'Russia offers energy and arms to the region';

describe('REFI-QDA export (.qdpx) in the editor', function () {
  this.timeout(120_000);
  let api: PolicyAnnotatorApi;
  let dir = '';

  before(async () => {
    api = await extensionApi();
    await api.annotations.ready;
    dir = mkdtempSync(path.join(tmpdir(), 'pa-qdpx-editor-'));
  });
  after(async () => {
    await removeDocuments([NAME, ORPHAN]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the corpus with the tagged passage, its code and note; the same bytes again; no silent replacement', async () => {
    await writeDocument(api, NAME, TEXT);
    const id = await annotate(api, NAME, QUOTE, ['hedging'], 'A memo <with> & "specials"');
    const target = vscode.Uri.file(path.join(dir, 'corpus.qdpx'));
    const args = { target: target.toString(), unanchored: 'keep', entitiesAsCodes: false };
    const result = await vscode.commands.executeCommand<QdpxExportResult | undefined>(COMMANDS.exportQdpx, args);
    assert.ok(result, 'the command returned its result');
    assert.equal(result.uri, target.toString());
    assert.match(result.text, /^Wrote .*corpus\.qdpx: \d+ documents, 1 annotation \(1 coding, 1 note\)/);
    const first = readFileSync(target.fsPath);
    const zip = unzipText(first);
    const root = parseXml(zip.get('project.qde')!);
    const names = elements(root, 'TextSource').map((s) => s.attributes.name);
    assert.ok(names.includes(NAME) && names.includes('codebook.yaml') === false, names.join(', '));
    assert.ok(names.length >= 2, 'the whole corpus, not only the tagged document');
    const source = elements(root, 'TextSource').find((s) => s.attributes.name === NAME)!;
    const text = zip.get(`sources/${sourceGuid(NAME)}.txt`)!;
    assert.equal(text, TEXT);
    const selection = elements(source, 'PlainTextSelection').find((s) => s.attributes.guid === id.toLowerCase());
    assert.ok(selection, `the annotation's UUID ${id} is the selection's GUID`);
    const { startPosition, endPosition } = selection.attributes;
    assert.equal(codePointSlice(text, Number(startPosition), Number(endPosition)), QUOTE);
    const hedging = elements(root, 'Code').find((c) => c.attributes.name.startsWith('Hedging'))!;
    assert.equal(child(child(selection, 'Coding')!, 'CodeRef')!.attributes.targetGUID, hedging.attributes.guid);
    const note = elements(root, 'Note').find((n) => n.attributes.guid === child(selection, 'NoteRef')!.attributes.targetGUID)!;
    assert.equal(child(note, 'PlainTextContent')!.text, 'A memo <with> & "specials"');

    const refused = await vscode.commands.executeCommand(COMMANDS.exportQdpx, { ...args, replace: false });
    assert.equal(refused, undefined, 'an existing file is not replaced');
    assert.ok(readFileSync(target.fsPath).equals(first));
    const mtime = statSync(target.fsPath).mtimeMs;
    const again = await vscode.commands.executeCommand<QdpxExportResult | undefined>(COMMANDS.exportQdpx, { ...args, replace: true });
    assert.ok(again);
    assert.ok(readFileSync(target.fsPath).equals(first), 'byte-identical');
    assert.ok(statSync(target.fsPath).mtimeMs >= mtime);
  });

  it('asks the options step by step: entities as codes, then what to do with an orphaned annotation', async () => {
    await writeDocument(api, ORPHAN, `Energy notes.\n\n${GONE}.\n`);
    const id = await annotate(api, ORPHAN, GONE, ['hedging']);
    await writeText(ORPHAN, 'Energy notes, rewritten: nothing of the passage is left.\n');
    const prompts = new PromptQueue(api.qdpxExport.prompts);
    try {
      const target = vscode.Uri.file(path.join(dir, 'asked.qdpx'));
      const done = vscode.commands.executeCommand<QdpxExportResult | undefined>(COMMANDS.exportQdpx, { target: target.toString() });
      const entities = await prompts.next(/Export REFI-QDA Project/);
      assert.equal(entities.widget.step, 1);
      await choose(entities, 'Annotations and entities as codes');
      const orphans = await prompts.next(/Export REFI-QDA Project/);
      assert.equal(orphans.widget.step, 2);
      await choose(orphans, 'Leave them out');
      const result = await done;
      assert.ok(result);
      const omitted = result.report.losses.find((l) => l.kind === 'unanchored-omitted');
      assert.ok(omitted?.examples.includes(`${ORPHAN}#${id} (orphaned)`), JSON.stringify(result.report.losses));
      assert.ok(result.report.counts.entityCodes > 0 && result.report.counts.mentions > 0, 'entities as codes');
      const root = parseXml(unzipText(readFileSync(target.fsPath)).get('project.qde')!);
      const source = elements(root, 'TextSource').find((s) => s.attributes.name === ORPHAN)!;
      assert.ok(
        elements(source, 'PlainTextSelection').every((s) => s.attributes.guid !== id.toLowerCase()),
        'the orphan is left out',
      );
      assert.equal(elements(root, 'Code').find((c) => c.attributes.name === 'Entities')?.attributes.isCodable, 'false');
    } finally {
      prompts.dispose();
    }
  });
});
