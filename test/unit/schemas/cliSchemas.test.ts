// The JSON schemas in schemas/ (used by VS Code's YAML extension for completion and checks) run
// under ajv in strict draft-07 mode against the sample files, and must agree with the loaders.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { loadCatalog } from '../../../src/core/catalog/catalogLoader';
import { CODE_ID_PATTERN, CODE_KEYS, COLOR_PATTERN, loadCodebook } from '../../../src/core/codebook/codebook';
import type { Diagnostic } from '../../../src/core/base/diagnostics';
import { checkSidecar } from '../../../src/core/sidecars/sidecarCheck';
import { parseDocumentList } from '../../../src/core/catalog/documentDates';
import { USUAL_ATTRIBUTES } from '../../../src/core/catalog/documentListCompletion';
import {
  ANNOTATION_KEYS,
  DOCUMENT_HASH_PATTERN,
  SIDECAR_KEYS,
  TARGET_KEYS,
  TIMESTAMP_PATTERN,
} from '../../../src/core/sidecars/sidecarTypes';
import { ANNOTATION_STATUSES } from '../../../src/core/anchoring/anchorTypes';

interface SchemaNode {
  $schema?: string;
  title?: string;
  required?: string[];
  properties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
  enum?: string[];
  pattern?: string;
  const?: number;
}

const readSchema = (name: string): SchemaNode => JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')) as SchemaNode;
const schemas = {
  entities: readSchema('entities'),
  codebook: readSchema('codebook'),
  sidecar: readSchema('sidecar'),
  documents: readSchema('documents'),
};
const ajv = new Ajv({ allErrors: true, strict: true });
const validators: Record<keyof typeof schemas, ValidateFunction> = {
  entities: ajv.compile(schemas.entities),
  codebook: ajv.compile(schemas.codebook),
  sidecar: ajv.compile(schemas.sidecar),
  documents: ajv.compile(schemas.documents),
};

function schemaErrors(kind: keyof typeof schemas, yamlText: string): string[] {
  const validate = validators[kind];
  return validate(parse(yamlText)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const SIDECAR_FILE = 'report.txt.annotations.yaml';
const LOADERS: Record<keyof typeof schemas, (text: string) => Diagnostic[]> = {
  entities: (text) => loadCatalog(text, 'entities.yaml').diagnostics,
  codebook: (text) => loadCodebook(text, 'codebook.yaml').diagnostics,
  sidecar: (text) => checkSidecar(text, SIDECAR_FILE).diagnostics,
  documents: (text) => parseDocumentList(text, 'documents.yaml').diagnostics,
};

describe('JSON schemas for the analyst files', () => {
  it('are draft-07 with titles, and compile in ajv strict mode', () => {
    for (const schema of Object.values(schemas)) {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.ok(schema.title);
    }
  });

  it('accept the sample corpus catalog and codebook', function () {
    const files = [
      ['entities', 'corpus/entities.yaml'],
      ['codebook', 'corpus/codebook.yaml'],
    ] as const;
    const present = files.filter(([, file]) => existsSync(file));
    if (present.length === 0) this.skip();
    for (const [kind, file] of present) assert.deepEqual(schemaErrors(kind, readFileSync(file, 'utf8')), [], file);
  });

  it('accept the sample sidecar and reject the broken one', () => {
    assert.deepEqual(schemaErrors('sidecar', readFileSync('test/fixtures/cli/sidecars/report.txt.annotations.yaml', 'utf8')), []);
    const broken = schemaErrors('sidecar', readFileSync('test/fixtures/cli/sidecars/memo.md.annotations.yaml', 'utf8'));
    assert.ok(
      broken.some((e) => e.startsWith('/document must match pattern')),
      broken.join('\n'),
    );
    assert.ok(
      broken.some((e) => e.startsWith('/annotations/0/status must be equal to one of the allowed values')),
      broken.join('\n'),
    );
  });

  it('use the same keys, enums and patterns as the loaders', () => {
    const { sidecar, codebook } = schemas;
    const annotation = sidecar.definitions?.annotation;
    assert.deepEqual(Object.keys(sidecar.properties ?? {}), [...SIDECAR_KEYS]);
    assert.deepEqual(Object.keys(annotation?.properties ?? {}), [...ANNOTATION_KEYS]);
    assert.deepEqual(Object.keys(sidecar.definitions?.target.properties ?? {}), [...TARGET_KEYS]);
    assert.deepEqual(annotation?.properties?.status.enum, [...ANNOTATION_STATUSES]);
    assert.equal(sidecar.properties?.documentHash.pattern, DOCUMENT_HASH_PATTERN.source);
    assert.equal(sidecar.definitions?.timestamp.pattern, TIMESTAMP_PATTERN.source);
    assert.equal(sidecar.properties?.version.const, 1);
    const code = codebook.definitions?.code;
    assert.deepEqual(Object.keys(code?.properties ?? {}), [...CODE_KEYS]);
    assert.equal(code?.properties?.color.pattern, COLOR_PATTERN.source);
    assert.equal(code?.properties?.id.pattern, CODE_ID_PATTERN.source);
    assert.deepEqual(code?.required, ['id', 'name']);
    assert.deepEqual(schemas.entities.definitions?.entity.properties?.kind.enum, ['actor', 'institution']);
    // documents.yaml completion offers the attributes the schema describes before any entry uses them.
    assert.deepEqual(Object.keys(schemas.documents.definitions?.document.properties ?? {}), ['path', 'date', ...USUAL_ATTRIBUTES]);
  });

  // Each case: the schema accepts it exactly when the loader reports nothing. Checks a schema
  // cannot express (unique ids, relation targets, start <= end) are left to the loaders.
  const CASES: Array<[keyof typeof schemas, string, string, boolean]> = [
    [
      'entities',
      'a complete entity',
      'entities:\n  - { id: russia, name: Russia, kind: actor, type: state, wikidata: Q159, aliases: [Moscow, { text: rf, ignoreCase: true }] }',
      true,
    ],
    ['entities', 'missing kind', 'entities:\n  - { id: russia, name: Russia, type: state }', false],
    ['entities', 'unknown kind', 'entities:\n  - { id: russia, name: Russia, kind: person, type: state }', false],
    ['entities', 'bad QID', 'entities:\n  - { id: russia, name: Russia, kind: actor, type: state, wikidata: X159 }', false],
    [
      'entities',
      'non-boolean ignoreCase',
      'entities:\n  - { id: russia, name: Russia, kind: actor, type: state, aliases: [{ text: rf, ignoreCase: yes please }] }',
      false,
    ],
    ['entities', 'id not a slug', 'entities:\n  - { id: Russia, name: Russia, kind: actor, type: state }', false],
    ['entities', 'unknown entity key', 'entities:\n  - { id: russia, name: Russia, kind: actor, type: state, flag: red }', false],
    ['codebook', 'a code tree', 'codes:\n  - { id: a, name: A, color: "#aabbcc", children: [{ id: b, name: B }] }', true],
    ['codebook', 'code without name', 'codes:\n  - { id: a, color: "#aabbcc" }', false],
    ['codebook', 'short colour', 'codes:\n  - { id: a, name: A, color: "#abc" }', false],
    ['codebook', 'children not a list', 'codes:\n  - { id: a, name: A, children: nope }', false],
    ['codebook', 'unknown code key', 'codes:\n  - { id: a, name: A, colour: "#aabbcc" }', false],
    [
      'sidecar',
      'a complete sidecar',
      'version: 1\ndocument: report.txt\nannotations:\n  - { id: x, target: { exact: e, start: 0, end: 1 }, status: orphaned, created: 2025-01-02 }',
      true,
    ],
    ['sidecar', 'version 2', 'version: 2\ndocument: report.txt\nannotations: []', false],
    ['sidecar', 'document path', 'version: 1\ndocument: ../report.txt\nannotations: []', false],
    ['sidecar', 'bad hash', 'version: 1\ndocument: report.txt\ndocumentHash: sha256:ABC\nannotations: []', false],
    ['sidecar', 'negative start', 'version: 1\ndocument: report.txt\nannotations:\n  - { id: x, target: { exact: e, start: -1 } }', false],
    ['sidecar', 'target without exact', 'version: 1\ndocument: report.txt\nannotations:\n  - { id: x, target: { prefix: p } }', false],
    [
      'sidecar',
      'unknown status',
      'version: 1\ndocument: report.txt\nannotations:\n  - { id: x, target: { exact: e }, status: lost }',
      false,
    ],
    [
      'sidecar',
      'bad timestamp',
      'version: 1\ndocument: report.txt\nannotations:\n  - { id: x, target: { exact: e }, created: last week }',
      false,
    ],
    ['sidecar', 'no annotations', 'version: 1\ndocument: report.txt', false],
    [
      'documents',
      'dates and attributes',
      'documents:\n  - { path: a.txt, date: 2001-05, country: RUS, tags: [a, 2], pages: 3, draft: false }\n  - { path: b.txt, date: 1999 }',
      true,
    ],
    ['documents', 'a document without a path', 'documents:\n  - { date: 2001 }', false],
    ['documents', 'a date that is none', 'documents:\n  - { path: a.txt, date: soon }', false],
    ['documents', 'a year too short', 'documents:\n  - { path: a.txt, date: 12 }', false],
    ['documents', 'an attribute holding a mapping', 'documents:\n  - { path: a.txt, author: { first: Sergey } }', false],
    ['documents', 'an unknown top-level key', 'documents: []\nnotes: x', false],
  ];
  for (const [kind, label, text, valid] of CASES) {
    it(`agree with the ${kind} loader: ${label} is ${valid ? 'valid' : 'invalid'}`, () => {
      const loader = LOADERS[kind](text).map((d) => `${d.code}: ${d.message}`);
      const schema = schemaErrors(kind, text);
      assert.equal(loader.length === 0, valid, `loader: ${loader.join('; ') || 'clean'}`);
      assert.equal(schema.length === 0, valid, `schema: ${schema.join('; ') || 'clean'}`);
    });
  }
});
