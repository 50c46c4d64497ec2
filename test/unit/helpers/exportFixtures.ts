/** Fixtures for the export tests: sidecars written for quotes of a text, a small catalog and codebook. */
import { strict as assert } from 'node:assert';
import { createTarget, documentHash } from '../../../src/core/anchoring';
import { buildCatalog, parseCatalogFile } from '../../../src/core/catalog/catalogLoader';
import type { Catalog } from '../../../src/core/catalog/catalogTypes';
import { loadCodebook, type Codebook } from '../../../src/core/codebook/codebook';
import { scanDocument } from '../../../src/core/matcher/documentScanner';
import { exportRecords, passageEntities, type ExportRecord } from '../../../src/core/export';
import { compileMatcher } from '../../../src/core/matcher/mentionMatcher';
import { checkSidecar } from '../../../src/core/sidecars/sidecarCheck';
import { rangeOf } from './anchoring';

export interface FixtureAnnotation {
  id: string;
  /** Its first occurrence in the text is the target. */
  quote: string;
  codes?: string[];
  note?: string;
  entities?: string[];
  author?: string;
  created?: string;
  modified?: string;
}

/** A sidecar for `document` whose annotations target quotes of `text`; every string JSON-quoted. */
export function sidecarYaml(document: string, text: string, annotations: readonly FixtureAnnotation[]): string {
  const lines = ['version: 1', `document: ${JSON.stringify(document)}`, `documentHash: ${documentHash(text)}`, 'annotations:'];
  for (const a of annotations) {
    const t = createTarget(text, ...rangeOf(text, a.quote));
    lines.push(
      `  - id: ${JSON.stringify(a.id)}`,
      `    codes: ${JSON.stringify(a.codes ?? [])}`,
      `    entities: ${JSON.stringify(a.entities ?? [])}`,
      `    target: ${JSON.stringify(t)}`,
      '    status: anchored',
    );
    for (const key of ['note', 'author', 'created', 'modified'] as const) {
      const value = a[key];
      if (value !== undefined) lines.push(`    ${key}: ${JSON.stringify(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const CATALOG_YAML = `entities:
  - { id: asean, name: ASEAN, kind: institution, type: organisation, wikidata: Q7768, aliases: [Association of Southeast Asian Nations] }
  - { id: russia, name: Russia, kind: actor, type: state, wikidata: Q159 }
  - { id: malaysia, name: Malaysia, kind: actor, type: state }
  - { id: moscow, name: Moscow, kind: actor, type: city }
`;

export const CODEBOOK_YAML = `codes:
  - id: stance
    name: Stance
    children:
      - id: hedging
        name: Hedging
        children:
          - { id: engagement, name: "Engagement, not endorsement" }
  - { id: trade, name: Trade }
`;

export function fixtureCatalog(): Catalog {
  return buildCatalog([parseCatalogFile(CATALOG_YAML, 'entities.yaml')]);
}

export function fixtureCodebook(): Codebook {
  return loadCodebook(CODEBOOK_YAML, 'codebook.yaml');
}

/** The code point slice [start, end) of the normalised text. */
export function codePointSlice(normalised: string, start: number, end: number): string {
  return [...normalised].slice(start, end).join('');
}

/**
 * Records of a sidecar written for quotes of `original`, exported (with the fixture catalog and
 * codebook) against `current` (undefined: the document is missing).
 */
export function exportFixture(
  original: string,
  annotations: readonly FixtureAnnotation[],
  current: string | undefined,
  document = 'notes/report.txt',
): ExportRecord[] {
  const sidecar = `${document}.annotations.yaml`;
  const checked = checkSidecar(sidecarYaml(document.slice(document.lastIndexOf('/') + 1), original, annotations), sidecar);
  assert.deepEqual(checked.diagnostics, []);
  const matcher = compileMatcher(fixtureCatalog());
  return exportRecords({
    document,
    sidecar,
    documentHash: checked.documentHash,
    annotations: checked.annotations,
    text: current,
    codes: fixtureCodebook().byId,
    mentions: current === undefined ? undefined : passageEntities(scanDocument(matcher, current).mentions, matcher.entities),
  });
}
