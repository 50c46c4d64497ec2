/** Help text and version of the `policy-annotator` command. */
import { version } from '../../package.json';

export const VERSION: string = version;

const GENERAL = `policy-annotator ${version}: entity mentions and annotation checks for a folder of policy texts

Usage:
  policy-annotator scan <folder> [--format table|json|csv] [--mentions] [--all] [--catalog <file>]...
  policy-annotator check <folder> [--format table|json] [--catalog <file>]... [--codebook <file>]
  policy-annotator --help | --version

Commands:
  scan    count the mentions of every catalog entity in the folder's .txt and .md documents
  check   validate the catalog(s), codebook.yaml and every *.annotations.yaml sidecar; anchoring status per annotation

Exit codes: 0 ok (warnings and non-anchored annotations do not fail), 1 problems found (errors in the catalog,
codebook or sidecars; missing or unreadable documents), 2 bad arguments or missing input.
Run 'policy-annotator <command> --help' for the options of one command.`;

const SCAN = `Usage: policy-annotator scan <folder> [options]

Reads the folder's documents (.txt, .md, .markdown; node_modules and .git are skipped) one at a
time and counts the mentions of every entity of the catalog.

Options:
  -f, --format table|json|csv  output format (default: table)
      --mentions               list every mention instead of the per-entity totals
                               (csv: one row a mention; json: one JSON object a line)
      --all                    include catalog entities that no document mentions
      --catalog <file>         use this catalog instead of the folder's entities.yaml files
                               (repeat to merge several)
  -h, --help                   show this help

Catalog problems are printed on stderr as file:line:col: severity: message [code]; the scan
still runs with the sound part of the catalog.`;

const CHECK = `Usage: policy-annotator check <folder> [options]

Validates the entity catalog(s), the codebook (codebook.yaml at the top of the folder) and every
<document>.annotations.yaml sidecar, and re-anchors each annotation against its document's current
text. Prints each problem as file:line:col: severity: message [code] (paths relative to the working
directory); per sidecar, "<document>: N anchored, N needs review, N ambiguous, N orphaned" and one
line per annotation not anchored (sidecar:line:col: status id "quote start"); then a summary.
Never writes a file. Exits 1 if any error was found; needs-review, ambiguous and orphaned
annotations are reported but do not change the exit code (a missing document is an error).

Options:
  -f, --format table|json      output format (default: table)
      --catalog <file>         use this catalog instead of the folder's entities.yaml files
                               (repeat to merge several)
      --codebook <file>        use this codebook instead of <folder>/codebook.yaml
  -h, --help                   show this help`;

export function usage(topic?: string): string {
  if (topic === 'scan') return SCAN;
  if (topic === 'check') return CHECK;
  return GENERAL;
}
