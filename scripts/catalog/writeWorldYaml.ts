// Writes the world catalog as YAML in the style of corpus/entities.yaml: one block per entity
// with a blank line between entities, periods, dated aliases and relations as one-line
// `{ ... }` maps. The yaml package does all quoting; the text is parsed back and compared with
// the data before it is written, so a string YAML would misread cannot slip through.
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isSeq, parse, type Node } from 'yaml';
import type { WorldEntity, WorldSections } from './worldEntities';

export interface WorldCatalog {
  header: string[];
  notMentions: string[];
  sections: WorldSections;
}

const SECTION_TITLES: Array<[keyof WorldSections, string]> = [
  ['states', 'States of today: UN members, observer states and other states (alphabetical)'],
  ['historical', 'States and polities that no longer exist (alphabetical)'],
  ['organisations', 'Organisations, their organs and agencies, and groupings of states'],
];

/** Comment text for the yaml package, which writes "#" before each line and leaves an empty
 * line blank; a single space becomes a bare "#", which keeps a paragraph break inside the comment. */
function comment(lines: string[]): string {
  return lines.map((l) => ` ${l}`).join('\n');
}

function flowMaps(node: unknown): void {
  if (isSeq(node)) for (const item of node.items) if (isMap(item)) item.flow = true;
}

export function renderWorldYaml(catalog: WorldCatalog): string {
  const entities: WorldEntity[] = SECTION_TITLES.flatMap(([key]) => catalog.sections[key]);
  const data = { notMentions: catalog.notMentions, entities };
  const doc = new Document(data);
  doc.commentBefore = comment(catalog.header);

  const entitySeq = doc.get('entities', true) as Node;
  if (!isSeq(entitySeq)) throw new Error('entities did not become a YAML list');
  let index = 0;
  for (const [key, title] of SECTION_TITLES) {
    catalog.sections[key].forEach((_, i) => {
      const item = entitySeq.items[index++] as Node;
      if (!isMap(item)) throw new Error('an entity did not become a YAML mapping');
      item.spaceBefore = true;
      // The trailing empty line leaves a blank line between the section title and its first entity.
      if (i === 0) item.commentBefore = ` ─── ${title} ───\n`;
      const period = item.get('period', true);
      if (isMap(period)) period.flow = true;
      flowMaps(item.get('aliases', true));
      flowMaps(item.get('relations', true));
    });
  }
  const entitiesPair = doc.contents && isMap(doc.contents) ? doc.contents.items[1] : undefined;
  if (entitiesPair && (entitiesPair.key as Node | undefined)) (entitiesPair.key as Node).spaceBefore = true;

  // The blank line before the first section comment comes out indented; no line should end in spaces.
  const text = doc.toString({ lineWidth: 0, minContentWidth: 0 }).replace(/^[ ]+$/gm, '');
  if (!isDeepStrictEqual(parse(text), JSON.parse(JSON.stringify(data)))) {
    throw new Error('the written YAML does not parse back to the same data: a string needs quoting the writer missed');
  }
  return text;
}
