// Sidecar texts shared by the sidecar editor tests.

export const SIDECAR = 'corpus/report.txt.annotations.yaml';
export const HASH = `sha256:${'a'.repeat(64)}`;

/** A hand-written sidecar: comments everywhere, unknown keys at both levels, mixed styles. */
export const HAND_WRITTEN = [
  '# Annotations of report.txt', // 1
  'version: 1', // 2
  'document: report.txt   # next to this file', // 3
  'reviewer: {name: Ana, round: 2}   # unknown top-level key', // 4
  'annotations:', // 5
  '  # the first one', // 6
  '  - id: a1', // 7
  '    codes: [ hedging ]   # padded flow list', // 8
  '    target: { exact: "ASEAN centrality", prefix: \'the \', start: 3, end: 19 }',
  '    note: |', // 10
  '      two', // 11
  '      lines', // 12
  '    confidence: 0.8       # unknown annotation key', // 13
  '', // 14
  '  # the second one', // 15
  '  - id: a2', // 16
  '    codes:', // 17
  '      - realism', // 18
  '      - hedging', // 19
  '    target:', // 20
  '      exact: "Russia"', // 21
  '    status: anchored', // 22
  '  # a comment closing the list', // 23
  'x-tool: {generator: hand}', // 24
  '',
].join('\n');
