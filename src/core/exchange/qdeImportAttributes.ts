/**
 * The variables (document attributes) of the sources an import writes as new documents, added to
 * the folder's `documents.yaml` as one entry each (`- path: …`, then the attributes), by splicing:
 * entries already there keep their bytes, comments and layout. A document the list already names
 * is left as listed (nothing is overwritten); a `documents.yaml` with errors, or one whose list
 * cannot be edited safely, is not written (reported). `year` is left out when a `date` is given
 * (a date's year replaces it), and taken as the `date` otherwise; `path` is never a variable.
 */
import { isMap, isSeq, type Node, type Pair } from 'yaml';
import { hasErrors } from '../base/diagnostics';
import { parseDocumentList } from '../catalog/documentDates';
import { renderNewItem, renderNode } from '../yaml/itemDocument';
import { SeqEditor } from '../yaml/seqEditor';
import { seqLayout } from '../yaml/seqLayout';
import { DEFAULT_LIMITS, parseYaml } from '../yaml/yamlFile';
import { applyEdits, withFinalNewline } from '../yaml/yamlText';
import { plural } from '../text/plural';
import type { QdeProblem } from './qdeImportReport';
import type { QdeProject, QdeTextSource, QdeVariableType } from './qdeModel';
import type { ExistingFile } from './qdeFolderState';

export const DOCUMENT_LIST_FILE = 'documents.yaml';

export interface AttributesPlan {
  /** The new text of documents.yaml; undefined when nothing is added. */
  readonly text: string | undefined;
  readonly added: number;
  readonly problems: QdeProblem[];
}

export type Attribute = string | number | boolean;

/** The attributes of one source, from its VariableValues, by the variables' names. */
export function sourceAttributes(project: QdeProject, source: QdeTextSource): Record<string, Attribute> {
  const variables = new Map(project.variables.map((v) => [v.guid, v]));
  const out: Record<string, Attribute> = {};
  for (const value of source.variableValues) {
    const variable = variables.get(value.variableGuid);
    if (!variable || value.value.trim() === '') continue;
    const name = variable.name.replace(/\s+/g, ' ').trim();
    const lower = name.toLowerCase();
    if (name === '' || lower === 'path') continue;
    out[lower === 'date' || lower === 'year' ? lower : name] = typed(value.value.trim(), variable.type);
  }
  if (out.year !== undefined) {
    if (out.date === undefined) out.date = out.year;
    delete out.year;
  }
  return out;
}

function typed(value: string, type: QdeVariableType): Attribute {
  if (type === 'Integer' && /^[+-]?\d+$/.test(value) && Number.isSafeInteger(Number(value))) return Number(value);
  if (type === 'Float' && Number.isFinite(Number(value)) && value !== '') return Number(value);
  if (type === 'Boolean' && /^(true|false|1|0)$/.test(value)) return value === 'true' || value === '1';
  return value;
}

/** Adds an entry for each of `documents` (path → attributes) that has attributes and is not listed yet. */
export function planAttributes(documents: ReadonlyMap<string, Record<string, Attribute>>, existing: ExistingFile): AttributesPlan {
  const wanted = [...documents].filter(([, fields]) => Object.keys(fields).length > 0);
  if (wanted.length === 0) return { text: undefined, added: 0, problems: [] };
  const refuse = (message: string, line?: number, count = wanted.length): AttributesPlan => ({
    text: undefined,
    added: 0,
    problems: [
      {
        file: DOCUMENT_LIST_FILE,
        line,
        severity: 'warning',
        message: `${message}; the attributes of ${plural(count, 'document')} are not written (add them by hand)`,
      },
    ],
  });
  if (existing.kind === 'other') return refuse(existing.reason);
  const text = existing.kind === 'text' ? existing.text : '';
  const list = parseDocumentList(text, DOCUMENT_LIST_FILE);
  const error = list.diagnostics.find((d) => d.severity === 'error');
  if (hasErrors(list.diagnostics)) return refuse(`it has errors (${error?.message ?? 'see check'})`, error?.line);
  const listed = new Set(list.documents.map((d) => d.path));
  const entries = wanted.filter(([path]) => !listed.has(path));
  if (entries.length === 0) return { text: undefined, added: 0, problems: [] };
  const items = (indent: number): string[] => entries.map(([path, fields]) => renderNewItem({ path, ...fields }, indent, ['path', 'date']));
  const parsed = parseYaml(text, DOCUMENT_LIST_FILE, DEFAULT_LIMITS, true);
  const root = parsed.doc?.contents;
  const pair = isMap(root)
    ? (root.items.find((p) => (p.key as { value?: unknown } | null)?.value === 'documents') as Pair | undefined)
    : undefined;
  if (pair && (isSeq(pair.value) || pair.value === null || (pair.value as { value?: unknown }).value === null)) {
    const layout = seqLayout(text, pair);
    if (typeof layout === 'string') return refuse(`its list cannot be edited safely: ${layout}`, undefined, entries.length);
    const editor = new SeqEditor(text, layout, renderNode);
    for (const item of items(editor.indent)) editor.append(item);
    const edit = editor.edit();
    return { text: edit ? withFinalNewline(applyEdits(text, [edit])) : text, added: entries.length, problems: [] };
  }
  if (root !== undefined && root !== null && !(isMap(root) && root.items.length === 0) && (root as Node).range) {
    if (!isMap(root) || pair) return refuse('its `documents:` is not a list', undefined, entries.length);
  }
  // No `documents:` key yet: written at the end.
  const base = withFinalNewline(text);
  return { text: `${base}documents:\n${items(2).join('')}`, added: entries.length, problems: [] };
}
