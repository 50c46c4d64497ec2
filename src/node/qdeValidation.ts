/**
 * Checks a REFI-QDA project document (`project.qde`) against the official Project schema
 * (`schemas/refi-qda/Project-mrt2019.xsd`, shipped with the package) with libxml2 compiled to
 * WebAssembly (xmllint-wasm), so no system `xmllint` is needed. Node only: the library runs the
 * check in a worker thread; the build copies its worker script and `.wasm` next to the bundles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export interface QdeProblem {
  /** 1-based line in the checked document, when libxml2 names one. */
  readonly line: number | undefined;
  readonly message: string;
}

export interface QdeValidation {
  readonly valid: boolean;
  readonly problems: readonly QdeProblem[];
}

const SCHEMA_FILE = 'Project-mrt2019.xsd';
let schemaText: string | undefined;

/** The shipped schema's path: found by walking up from this module (the bundle or the source). */
export function qdeSchemaPath(): string {
  for (let dir = __dirname, up = 0; up < 5; dir = dirname(dir), up++) {
    const file = join(dir, 'schemas', 'refi-qda', SCHEMA_FILE);
    if (existsSync(file)) return file;
  }
  throw new Error(`the REFI-QDA schema (schemas/refi-qda/${SCHEMA_FILE}) is missing from this installation`);
}

/**
 * Validates `xml` (the text or bytes of a project document). `fileName` only labels the problems.
 * Memory is capped; a document too large for the cap is reported as a problem, not thrown.
 */
export async function validateQde(xml: string | Uint8Array, fileName = 'project.qde'): Promise<QdeValidation> {
  schemaText ??= readFileSync(qdeSchemaPath(), 'utf8');
  const size = typeof xml === 'string' ? xml.length * 3 : xml.byteLength;
  // 64 KiB pages: room for the document several times over, at least 32 MiB, at most 2 GiB.
  const pages = Math.min(32768, Math.max(512, Math.ceil((size * 6) / 65536)));
  try {
    const result = await validateXML({
      xml: [{ fileName, contents: xml }],
      schema: [{ fileName: SCHEMA_FILE, contents: schemaText }],
      initialMemoryPages: 256,
      maxMemoryPages: pages,
      // libxml2 refuses a text node over 10 MB unless told otherwise; a source's inline text can be
      // longer. The memory cap above still bounds the check, and a DOCTYPE never reaches it.
      modifyArguments: (args) => ['--huge', ...args],
    });
    const problems = result.errors.map((e) => ({
      line: e.loc?.lineNumber,
      message: e.message.replace(/^Schemas validity error : /, ''),
    }));
    return { valid: result.valid, problems };
  } catch (error) {
    return { valid: false, problems: [{ line: undefined, message: (error as Error).message.trim() }] };
  }
}
