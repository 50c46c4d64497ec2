import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { flattenCodes, loadCodebook } from '../../../../src/core/codebook/codebook';
import { addCode, removeCode, renameCode, type CodebookRewrite } from '../../../../src/core/codebook/codebookEdit';
import { replaceCodeInSidecar, replaceCodeInSidecars } from '../../../../src/core/codebook/codeRename';
import { loadSidecar } from '../../../../src/core/sidecars/sidecarLoad';
import { HAND_WRITTEN, SIDECAR } from '../../helpers/sidecarTexts';

const CODEBOOK = readFileSync('corpus/codebook.yaml', 'utf8');
const FILE = 'corpus/codebook.yaml';

function rewritten(result: CodebookRewrite): string {
  assert.ok(result.ok, result.ok ? '' : result.diagnostics.map((d) => d.message).join('; '));
  return result.text;
}

/** Lines of `after` that are not in `before` at the same place, and the other way round. */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

describe('code rename and merge across sidecars', () => {
  it('renames a code in every annotation that has it and leaves the rest byte for byte', () => {
    const result = replaceCodeInSidecar(HAND_WRITTEN, SIDECAR, 'realism', 'realpolitik');
    assert.ok(result.ok);
    assert.equal(result.changed, 1);
    assert.deepEqual(lineDiff(HAND_WRITTEN, result.text), { removed: ['      - realism'], added: ['      - realpolitik'] });
  });

  it('merges into a code the annotation already has, listing it once', () => {
    const result = replaceCodeInSidecar(HAND_WRITTEN, SIDECAR, 'realism', 'hedging');
    assert.ok(result.ok);
    assert.deepEqual(loadSidecar(result.text, SIDECAR).get('a2')?.codes, ['hedging']);
    assert.deepEqual(loadSidecar(result.text, SIDECAR).get('a1')?.codes, ['hedging']);
  });

  it('returns the same text for a sidecar without the code, and refuses an unreadable one', () => {
    const results = replaceCodeInSidecars(
      [
        { file: SIDECAR, text: HAND_WRITTEN },
        {
          file: 'b.txt.annotations.yaml',
          text: 'version: 1\ndocument: b.txt\nannotations:\n  - id: x\n    target: {exact: x}\n    codes: [a, a2',
        },
      ],
      'nowhere',
      'elsewhere',
    );
    assert.deepEqual(results[0], { file: SIDECAR, ok: true, text: HAND_WRITTEN, changed: 0 });
    assert.equal(results[1].ok, false);
    assert.equal(results[1].file, 'b.txt.annotations.yaml');
  });
});

describe('codebook edits that keep formatting', () => {
  it('adds a top-level code at the end of `codes`, touching nothing else', () => {
    const text = rewritten(addCode(CODEBOOK, FILE, { id: 'soft-power', name: 'Soft power', color: '#A05000' }));
    assert.ok(text.startsWith(CODEBOOK), 'every existing byte stays');
    assert.equal(text.slice(CODEBOOK.length), '  - id: soft-power\n    name: Soft power\n    color: "#a05000"\n');
    const code = loadCodebook(text, FILE).byId.get('soft-power');
    assert.deepEqual([code?.name, code?.color, code?.parent], ['Soft power', '#a05000', undefined]);
  });

  it('adds a child after the last child of a parent', () => {
    const text = rewritten(addCode(CODEBOOK, FILE, { id: 'energy-coal', name: 'Coal', description: 'Coal: supply,\nprices.' }, 'energy'));
    assert.deepEqual(lineDiff(CODEBOOK, text).removed, []);
    assert.deepEqual(lineDiff(CODEBOOK, text).added, [
      '      - id: energy-coal',
      '        name: Coal',
      '        description: |-',
      '          Coal: supply,',
      '          prices.',
    ]);
    const codebook = loadCodebook(text, FILE);
    assert.equal(codebook.byId.get('energy-coal')?.parent, 'energy');
    assert.deepEqual(
      codebook.byId
        .get('energy')
        ?.children.map((c) => c.id)
        .slice(-2),
      ['energy-security', 'energy-coal'],
    );
  });

  it('creates `children:` under a code that had none', () => {
    const text = rewritten(addCode(CODEBOOK, FILE, { id: 'energy-lng', name: 'LNG' }, 'energy-oil-gas'));
    assert.deepEqual(lineDiff(CODEBOOK, text), {
      removed: [],
      added: ['        children:', '          - id: energy-lng', '            name: LNG'],
    });
    assert.equal(loadCodebook(text, FILE).byId.get('energy-lng')?.parent, 'energy-oil-gas');
  });

  it('writes the first code of an empty codebook', () => {
    assert.equal(rewritten(addCode('# my codes\n', FILE, { id: 'a', name: 'A' })), '# my codes\ncodes:\n  - id: a\n    name: A\n');
    assert.equal(rewritten(addCode('codes: []\n', FILE, { id: 'a', name: 'A' })), 'codes:\n  - id: a\n    name: A\n');
  });

  it('renames a code id and name in place', () => {
    const text = rewritten(renameCode(CODEBOOK, FILE, 'energy-nuclear', { id: 'energy-atomic', name: 'Atomic energy' }));
    assert.deepEqual(lineDiff(CODEBOOK, text), {
      removed: ['      - id: energy-nuclear', '        name: Civil nuclear'],
      added: ['      - id: energy-atomic', '        name: Atomic energy'],
    });
    assert.equal(flattenCodes(loadCodebook(text, FILE).codes).length, flattenCodes(loadCodebook(CODEBOOK, FILE).codes).length);
  });

  it('removes a leaf code (the codebook half of a merge) and refuses a parent', () => {
    const text = rewritten(removeCode(CODEBOOK, FILE, 'energy-nuclear'));
    const { removed, added } = lineDiff(CODEBOOK, text);
    assert.deepEqual(added, []);
    assert.equal(removed[0], '      - id: energy-nuclear');
    assert.equal(loadCodebook(text, FILE).byId.has('energy-nuclear'), false);
    const parent = removeCode(CODEBOOK, FILE, 'energy');
    assert.equal(parent.ok, false);
    assert.match(!parent.ok ? parent.diagnostics[0].message : '', /has child codes/);
  });

  it('refuses duplicates, unknown parents, bad ids and broken files', () => {
    const message = (r: CodebookRewrite): string =>
      r.ok ? 'ok' : `${r.diagnostics[0].line}:${r.diagnostics[0].column} ${r.diagnostics[0].code}`;
    assert.match(message(addCode(CODEBOOK, FILE, { id: 'energy', name: 'E' })), /codebook-edit/);
    assert.match(message(addCode(CODEBOOK, FILE, { id: 'x', name: 'X' }, 'nowhere')), /codebook-edit/);
    assert.match(message(renameCode(CODEBOOK, FILE, 'energy', { id: 'defence' })), /codebook-edit/);
    assert.throws(() => addCode(CODEBOOK, FILE, { id: 'Bad Id', name: 'x' }), /not a code id/);
    assert.throws(() => addCode(CODEBOOK, FILE, { id: 'ok', name: 'two\nlines' }), /one non-empty line/);
    assert.throws(() => addCode(CODEBOOK, FILE, { id: 'ok', name: 'x', color: 'red' }), /#rrggbb/);
    assert.equal(message(addCode(`${CODEBOOK}=======\n`, FILE, { id: 'x', name: 'X' })), '456:1 conflict-marker');
    assert.equal(message(addCode('codes:\n  - &a {id: a, name: A}\n  - *a\n', FILE, { id: 'x', name: 'X' })), '3:5 yaml-alias');
  });
});
