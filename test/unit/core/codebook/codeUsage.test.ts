import { strict as assert } from 'node:assert';
import { loadCodebook } from '../../../../src/core/codebook/codebook';
import { codePath, mayUseCode, mergeTargets, newCodeIdProblem, codeNameProblem } from '../../../../src/core/codebook/codeChoices';
import { codeUsage, countLabel, usageOf } from '../../../../src/core/codebook/codeUsage';

const BOOK = loadCodebook(
  [
    'codes:',
    '  - id: hedging',
    '    name: Hedging',
    '    children:',
    '      - id: hedging-centrality',
    '        name: ASEAN centrality',
    '        children:',
    '          - { id: hub, name: Hub }',
    '      - id: hedging-balancing',
    '        name: Balancing',
    '  - id: sanctions',
    '    name: Sanctions',
  ].join('\n'),
  'codebook.yaml',
);

const a = (documentId: string, annotationId: string, ...codes: string[]) => ({ documentId, annotationId, codes });

describe('code usage', () => {
  it('counts own segments and, once per annotation, those of the codes below', () => {
    const usage = codeUsage(BOOK.codes, [
      a('d1', '1', 'hedging'),
      a('d1', '2', 'hub', 'hedging-centrality'), // one annotation, two codes on one branch
      a('d2', '3', 'hedging-balancing', 'hub'),
      a('d2', '4', 'sanctions'),
    ]);
    const shown = (id: string) => countLabel(usage.counts.get(id));
    assert.deepEqual(['hedging', 'hedging-centrality', 'hub', 'hedging-balancing', 'sanctions'].map(shown), [
      '1 (3)',
      '1 (2)',
      '2',
      '1',
      '1',
    ]);
    assert.deepEqual(
      usage.byCode.get('hub')?.map((x) => x.annotationId),
      ['2', '3'],
    );
    assert.deepEqual(usage.unknown, []);
  });

  it('lists codes missing from the codebook, sorted, with their segments', () => {
    const usage = codeUsage(BOOK.codes, [a('d1', '1', 'zeta', 'hedging'), a('d2', '2', 'alpha'), a('d2', '3', 'zeta')]);
    assert.deepEqual(usage.unknown, ['alpha', 'zeta']);
    assert.deepEqual(
      usage.byCode.get('zeta')?.map((x) => x.annotationId),
      ['1', '3'],
    );
    assert.equal(countLabel(usage.counts.get('hedging')), '1');
    assert.equal(usage.counts.get('zeta'), undefined);
  });

  it('shows zero for unused codes and counts a code listed twice once', () => {
    const usage = codeUsage(BOOK.codes, [a('d1', '1', 'sanctions', 'sanctions')]);
    assert.equal(countLabel(usage.counts.get('sanctions')), '1');
    assert.equal(countLabel(usage.counts.get('hub')), '0');
    assert.equal(countLabel(undefined), '0');
  });

  it('counts the annotations and documents using a code', () => {
    assert.deepEqual(usageOf([a('d1', '1', 'x'), a('d1', '2', 'x', 'y'), a('d2', '3', 'x'), a('d3', '4', 'y')], 'x'), {
      annotations: 3,
      documents: 2,
    });
  });
});

describe('code choices', () => {
  it('offers every code but the code itself and its descendants as merge targets', () => {
    assert.deepEqual(
      mergeTargets(BOOK, 'hedging-centrality').map((c) => c.id),
      ['hedging', 'hedging-balancing', 'sanctions'],
    );
    assert.deepEqual(
      mergeTargets(BOOK, 'unknown-code').map((c) => c.id),
      ['hedging', 'hedging-centrality', 'hub', 'hedging-balancing', 'sanctions'],
    );
  });

  it('names a code by its path from the top', () => {
    assert.equal(codePath(BOOK, 'hub'), 'Hedging › ASEAN centrality › Hub');
    assert.equal(codePath(BOOK, 'not-there'), 'not-there');
  });

  it('accepts a new id that is a free slug, or the same id', () => {
    assert.equal(newCodeIdProblem('hub', 'hub', BOOK), undefined);
    assert.equal(newCodeIdProblem('asean-hub', 'hub', BOOK), undefined);
    assert.match(newCodeIdProblem('Asean Hub', 'hub', BOOK) ?? '', /not a code id/);
    assert.match(newCodeIdProblem('sanctions', 'hub', BOOK) ?? '', /already exists: merge/);
    assert.match(newCodeIdProblem('  ', 'hub', BOOK) ?? '', /empty/);
    assert.match(codeNameProblem(' ') ?? '', /empty/);
    assert.equal(codeNameProblem('Hub'), undefined);
  });

  it('finds a code id in a sidecar text only as a whole id', () => {
    assert.equal(mayUseCode('codes: [hub, x]', 'hub'), true);
    assert.equal(mayUseCode('codes:\n  - hub\n<<<<<<< HEAD', 'hub'), true);
    assert.equal(mayUseCode('codes: [hub-2, the-hub, hub.x]', 'hub'), false);
    assert.equal(mayUseCode('codes: [a.b]', 'a.b'), true);
    assert.equal(mayUseCode('codes: [axb]', 'a.b'), false);
  });
});
