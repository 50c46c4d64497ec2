/**
 * `policy-annotator audit <folder>`: the catalog audit (core/matcher/catalogAudit.ts) over every document
 * of the folder, as a table for people or one JSON object for scripts.
 */
import { CatalogAudit, type AuditReport } from '../core/matcher/catalogAudit';
import { scannedDocument } from '../core/indexing/documentScan';
import { plural } from '../core/text/plural';
import { hasErrors } from '../core/base/diagnostics';
import type { AuditArgs } from './args';
import { EXIT_OK, EXIT_PROBLEMS } from './cliError';
import { withFolderScan } from './folderScanSetup';
import type { CliEnv } from './cliEnv';
import { diagnosticLine, sortDiagnostics } from './formatters';

/** Longer names listed per spelling in the table (the JSON has them all). */
const TABLE_NAMES = 8;
const TABLE_UNMENTIONED = 40;

export async function runAudit(args: AuditArgs, env: CliEnv): Promise<number> {
  return withFolderScan(
    env,
    args.folder,
    args.catalogs,
    async ({ folder, loaded, dating, documents, pool }) => {
      const audit = new CatalogAudit(loaded.catalog);
      for await (const { path, text, scan } of documents.scan(pool, true)) {
        dating.record(scan.dateProblems);
        if (text !== undefined) audit.add(folder.display(path), text, scannedDocument(scan).mentions);
      }
      const report = audit.report();
      await env.out.write(args.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : auditTable(report));
      for (const d of sortDiagnostics(dating.diagnostics)) await env.err.write(`${diagnosticLine(d)}\n`);
      return documents.unreadable > 0 || hasErrors(loaded.catalog.diagnostics) || hasErrors(dating.diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
    },
    { cache: !args.noCache },
  );
}

export function auditTable(report: AuditReport): string {
  const out: string[] = [`Catalog audit: ${plural(report.mentions, 'mention')} in ${plural(report.documents, 'document')}`, ''];
  const nested = report.spellings.filter((s) => s.insideCount > 0);
  out.push(nested.length === 0 ? 'No name was found inside a longer capitalised name.' : 'Names found inside longer capitalised names:');
  for (const s of nested) {
    out.push(`  "${s.spelling}" [${s.entity}]: ${s.insideCount} of ${s.matches} matches inside longer names`);
    for (const l of s.inside.slice(0, TABLE_NAMES)) {
      const whose = l.knownAs === undefined ? 'unknown to the catalog' : `a name of ${l.knownAs}`;
      out.push(`    ${l.name} ${l.count} (${whose}) e.g. ${l.example.document}:${l.example.line}: ${l.example.text}`);
    }
    if (s.inside.length > TABLE_NAMES) out.push(`    … and ${s.inside.length - TABLE_NAMES} more (--format json lists them all)`);
    for (const fix of s.fixes) out.push(`    fix: ${fix}`);
  }
  const lower = report.spellings.filter((s) => s.lowercase > 0);
  if (lower.length > 0) {
    out.push('', 'Names matched in any case but written in lowercase:');
    for (const s of lower)
      out.push(
        `  "${s.spelling}" [${s.entity}]: ${s.lowercase} of ${s.matches} e.g. ${s.lowercaseExample?.document}:${s.lowercaseExample?.line}: ${s.lowercaseExample?.text}`,
      );
  }
  out.push('', report.unmentioned.length === 0 ? 'Every entity is mentioned.' : `Entities never mentioned (${report.unmentioned.length}):`);
  const shown = report.unmentioned.slice(0, TABLE_UNMENTIONED).map((u) => u.id);
  if (shown.length > 0)
    out.push(
      `  ${shown.join(', ')}${report.unmentioned.length > shown.length ? `, … and ${report.unmentioned.length - shown.length} more` : ''}`,
    );
  return `${out.join('\n')}\n`;
}
