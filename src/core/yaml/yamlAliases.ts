/**
 * YAML aliases (`*name`) in files the extension rewrites: refused. An alias bomb ("billion
 * laughs") expands to gigabytes when converted to data, and an alias shared by two annotations
 * would make an edit of one silently change the other.
 */
import { visit, type Document, type LineCounter } from 'yaml';
import type { Diagnostic } from '../base/diagnostics';
import { nodePosition } from './yamlFile';

/** One located error per alias (the first 20), without expanding any of them. */
export function aliasDiagnostics(doc: Document.Parsed, lines: LineCounter, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(doc, {
    Alias(_, node) {
      const { line, column } = nodePosition(node, lines);
      out.push({
        file,
        line,
        column,
        severity: 'error',
        code: 'yaml-alias',
        message: `YAML alias '*${node.source}' is not allowed here (write the value out); the file is read-only until it is removed`,
      });
      return out.length >= 20 ? visit.BREAK : undefined;
    },
  });
  return out;
}
