/**
 * What every catalog edit shares: parse the file (refusing a broken one with its line and column),
 * apply the splices, and prove by re-loading the result that the file still parses and holds the
 * change, so a bug in an edit can never write a damaged catalog.
 */
import type { Document, LineCounter, Node } from 'yaml';
import { parseCatalogFile, readCatalogFile } from '../catalogLoader';
import type { DeclaredEntity, Entity } from '../catalogTypes';
import { ownedMessage, type SpellingClash } from '../spellingOwner';
import { parseYaml } from '../../yaml/yamlFile';
import { applySplices, type TextSplice } from '../../text/textSplice';

/** Why an edit was refused, located in the catalog file (1-based line and column). */
export interface CatalogEditError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type CatalogEditResult =
  { ok: true; text: string; splices: TextSplice[]; entityId: string; line: number } | { ok: false; error: CatalogEditError };

/** A catalog file, parsed for editing. */
export interface EditableCatalog {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The file's entities as the loader reads them now. */
  entities: DeclaredEntity[];
}

export function refuse(file: string, line: number, column: number, message: string): CatalogEditResult {
  return { ok: false, error: { file, line, column, message } };
}

export function refuseAt(c: EditableCatalog, node: Node | undefined, message: string): CatalogEditResult {
  const { line, col } = c.lines.linePos(node?.range?.[0] ?? 0);
  return refuse(c.file, line, col, message);
}

/** Refuses a spelling another entity (or the same one) has, pointing at that entity. */
export function refuseOwned(clash: SpellingClash, text: string): CatalogEditResult {
  const at = clash.entity.location;
  return refuse(at.file, at.line, at.column, ownedMessage(clash, text));
}

export function formatEditError(e: CatalogEditError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

/** The file parsed for an edit, or the refusal naming the first syntax error. */
export function openCatalog(text: string, file: string): EditableCatalog | CatalogEditResult {
  const parsed = parseYaml(text, file);
  const broken = parsed.diagnostics.find((d) => d.severity === 'error');
  if (!parsed.doc || broken) {
    const at = broken ?? { line: 1, column: 1, message: 'the file could not be read' };
    return refuse(file, at.line, at.column, `${at.message}; fix the catalog first (nothing was changed)`);
  }
  return { file, text, doc: parsed.doc, lines: parsed.lines, entities: readCatalogFile(parsed, file).entities };
}

export function isResult(x: EditableCatalog | CatalogEditResult): x is CatalogEditResult {
  return 'ok' in x;
}

/** Every id in use: this file's (as it is now) and the other catalog files'. */
export function takenIds(c: EditableCatalog, others: readonly Entity[]): Set<string> {
  return new Set([...c.entities, ...others].map((e) => e.id));
}

/**
 * Applies the splices and re-loads the result; `holds` checks the change is there. A result that
 * does not parse, loses an entity or misses the change is refused (the file stays as it was).
 */
export function finish(
  c: EditableCatalog,
  splices: TextSplice[],
  entityId: string,
  holds: (e: DeclaredEntity) => number | undefined,
): CatalogEditResult {
  const text = applySplices(c.text, splices);
  const after = parseCatalogFile(text, c.file);
  const syntax = after.diagnostics.find((d) => d.severity === 'error' && /^(yaml-|too-|conflict)/.test(d.code));
  const entity = after.entities.find((e) => e.id === entityId);
  const line = entity ? holds(entity) : undefined;
  const kept = c.entities.every((old) => after.entities.some((e) => e.id === old.id));
  if (syntax || line === undefined || !kept) {
    const why = syntax ? `: ${syntax.message} at line ${syntax.line}` : '';
    return refuse(c.file, 1, 1, `the edit could not be made safely${why}; nothing was changed (please report this)`);
  }
  return { ok: true, text, splices, entityId, line };
}
