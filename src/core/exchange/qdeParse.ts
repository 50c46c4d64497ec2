/**
 * Reads `project.qde` (REFI-QDA QDA-XML 1.0) into the exchange model (qdeModel.ts) with saxes, a
 * strict streaming parser: the text must be well-formed, and a DOCTYPE is refused before parsing
 * (qdeText.ts). Keeps the line of every element with a GUID, so each problem the import reports
 * names where it is. Reads what the import uses (users, codes, text sources, their selections,
 * codings, notes, variables) and counts what it does not (non-text sources and their selections,
 * codings of a whole source, cases, sets, links, graphs), which the import reports as not imported.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { QdeProblem } from './qdeImportReport';
import type { QdeProject } from './qdeModel';
import { QdpxError } from './qdpxUnzip';
import { ElementHandlers } from './qdeParseElements';

export interface ParsedQde {
  readonly project: QdeProject;
  /** The 1-based line of each element by its canonical GUID. */
  readonly lines: ReadonlyMap<string, number>;
  /** What was read but is not imported, and GUIDs that are not GUIDs. */
  readonly problems: QdeProblem[];
}

/** The text of a project-level Note kept in the archive (`internal://…`), when the caller has it. */
export type InternalText = (path: string) => string | undefined;

export function parseQde(xml: string, readInternal: InternalText = () => undefined, file = 'project.qde'): ParsedQde {
  const parser = new SaxesParser({ xmlns: false, fileName: file });
  const handlers = new ElementHandlers(file, () => parser.line, readInternal);
  let failure: Error | undefined;
  parser.on('doctype', () => {
    failure ??= new QdpxError(`${file}:${parser.line}: a DOCTYPE declaration is refused`, file);
  });
  parser.on('error', (error) => {
    failure ??= new QdpxError(`${file}:${parser.line}: the XML does not parse: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`, file);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag: SaxesTagPlain) => handlers.close(localName(tag.name)));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure) throw failure instanceof QdpxError ? failure : new QdpxError(`${file}: ${failure.message}`, file);
  if (!handlers.sawProject) throw new QdpxError(`${file} has no Project element: it is not a REFI-QDA project`, file);
  return { project: handlers.result(), lines: handlers.lines, problems: handlers.problems };
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
