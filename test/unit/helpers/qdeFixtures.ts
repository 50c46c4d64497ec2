/** Fixtures for the REFI-QDA export tests: an export input from sidecar fixtures, and the written
 * XML read back as a small element tree (saxes, a conforming XML parser). */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type { AttributeValue } from '../../../src/core/analysis/documentFilter';
import type { QdeDocumentInput, QdeExportInput } from '../../../src/core/exchange/qdeExportInput';
import type { ExportRecord } from '../../../src/core/export';
import { fixtureCodebook } from './exportFixtures';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** The document element of `xml`; throws when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [{ name: '#document', attributes: {}, children: [], text: '' }];
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return stack[0].children[0];
}

/** Every element named `name` below `root`, in document order. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const child of e.children) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export function child(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c) => c.name === name);
}

/** The archive's entries, by name, as text. */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  const entries = unzipSync(bytes);
  return new Map(Object.entries(entries).map(([name, data]) => [name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(data)]));
}

export function doc(path: string, text: string, attributes: Record<string, AttributeValue> = {}): QdeDocumentInput {
  return { path, text, attributes: new Map(Object.entries(attributes)) };
}

export function qdeInput(documents: QdeDocumentInput[], records: ExportRecord[], more: Partial<QdeExportInput> = {}): QdeExportInput {
  return {
    name: 'corpus',
    origin: 'Policy Annotator test',
    documents,
    records,
    codes: fixtureCodebook().codes,
    unanchored: 'keep',
    ...more,
  };
}
