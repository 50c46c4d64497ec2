/** Help text and version of the `policy-annotator` command. */
import { version } from '../../package.json';
import { COOCCUR_USAGE, KWIC_USAGE, MATRIX_USAGE } from './analysis/analysisUsage';

export const VERSION: string = version;

const CACHE_NOTE = `scan, audit, cooccur, kwic and matrix keep each document's scan in a cache
(\$XDG_CACHE_HOME/policy-annotator, else ~/.cache/policy-annotator), used again while the
document's file, the catalog, the listed dates and this version are unchanged. --no-cache, or
POLICY_ANNOTATOR_CACHE=off in the environment, turns it off; POLICY_ANNOTATOR_CACHE=verbose says
what it did on stderr.`;

const GENERAL = `policy-annotator ${version}: entity mentions, annotation checks and exports for a folder of policy texts

Usage:
  policy-annotator scan <folder> [--format table|json|csv] [--mentions] [--all] [--catalog <file>]...
  policy-annotator check <folder> [--format table|json] [--catalog <file>]... [--codebook <file>]
  policy-annotator check <file.qdpx> [--format table|json]
  policy-annotator import <file.qdpx> --into <folder> [--format table|json]
  policy-annotator export <folder> [--format csv|json|w3c] [--out <folder> [--force]] [--base <iri>]
                          [--catalog <file>]... [--codebook <file>]
  policy-annotator export <folder> --format qdpx --out <folder> [--force] [--unanchored keep|omit]
                          [--entities-as-codes] [--catalog <file>]... [--codebook <file>]
  policy-annotator audit <folder> [--format table|json] [--catalog <file>]...
  policy-annotator cooccur <folder> [--of entities|codes|codes-entities] [--unit <unit>] [--where <filter>]...
                           [--format table|csv|json] [--bom]
  policy-annotator kwic <folder> (--entity <id> | --code <id> | --text <phrase>) [--width <n>]
                        [--sort document|date|left1|left2|right1|right2] [--where <filter>]... [--format table|csv|json]
  policy-annotator matrix <folder> --rows documents|year|<attribute> [--cols entities|codes] [--per-10k]
                          [--where <filter>]... [--format csv|json]
  policy-annotator --help | --version

Commands:
  scan    count the mentions of every catalog entity in the folder's .txt and .md documents
  check   validate the catalog(s), codebook.yaml and every *.annotations.yaml sidecar; anchoring status per annotation
  export  write the coded segments of every sidecar as CSV, JSON or W3C Web Annotation JSON-LD, or the
          whole project as a REFI-QDA .qdpx for NVivo, ATLAS.ti, MAXQDA and QualCoder
  import  a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder) into a folder as documents,
          codes and sidecars; check <file.qdpx> checks one without importing
  audit   where the catalog is likely wrong on this corpus: names found inside longer names, names
          matched in any case but written in lowercase, entities never mentioned; each with its fix
  cooccur which entities are mentioned together, which codes go together (c-coefficient and shares)
  kwic    a concordance of an entity, a code or a phrase, sortable by the words around it
  matrix  mentions or coded passages per document, year or attribute value (counts or per 10,000 words)

Exit codes: 0 ok (warnings and non-anchored annotations do not fail), 1 problems found (errors in the catalog,
codebook or sidecars; missing or unreadable documents), 2 bad arguments or missing input.

${CACHE_NOTE}

Run 'policy-annotator <command> --help' for the options of one command.`;

const SCAN = `Usage: policy-annotator scan <folder> [options]

Reads the folder's documents (.txt, .md, .markdown; node_modules and .git are skipped), several
at a time on one thread a core, and counts the mentions of every entity of the catalog.

Options:
  -f, --format table|json|csv  output format (default: table)
      --mentions               list every mention instead of the per-entity totals
                               (csv: one row a mention; json: one JSON object a line)
      --all                    include catalog entities that no document mentions
      --catalog <file>         use this catalog instead of the folder's entities.yaml files
                               (repeat to merge several)
      --no-cache               scan every document, neither reading nor writing the scan cache
  -h, --help                   show this help

Catalog problems are printed on stderr as file:line:col: severity: message [code]; the scan
still runs with the sound part of the catalog.

${CACHE_NOTE}`;

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
  -h, --help                   show this help

Given a .qdpx file instead of a folder, check reads the REFI-QDA project without importing it: the
archive (caps on entries and inflated size, no entry path leaving its folder), project.qde against
the official schema, and its references (every internal:// source present, selections inside their
sources, CodeRefs and NoteRefs to codes and notes of the project). Problems print as
file:line: severity: message; exit 1 when any error was found.`;

const IMPORT = `Usage: policy-annotator import <file.qdpx> --into <folder> [options]

Imports a REFI-QDA project (QDA-XML 1.0, from NVivo, ATLAS.ti, MAXQDA, QualCoder...) into the
folder (created when missing): each text source becomes a document (a plain, sanitised file name
from the source's name, ending in .txt), the codes missing from codebook.yaml are added with their
hierarchy (ids made from names; matched by GUID or name when already there), and each text
selection becomes an annotation of the document's sidecar: quote, context and positions from the
text, codings as codes, Description and NoteRef'd notes as the note, the creating user's name as
author, creationDateTime and modifiedDateTime as created and modified. The selection's GUID is the
annotation's id, so importing the same project again adds nothing.

Never overwrites: a different file under a document's name is a conflict (that source and its
annotations are skipped); an identical one is used. Sidecars and the codebook only gain entries;
every write is atomic, and nothing is written outside the folder. A project that is not valid
against the REFI-QDA schema, holds a DOCTYPE, or breaks the archive's caps is refused whole.
PDF, picture, audio and video sources are not imported (reported with their selection counts).
In sources with CRLF line ends, positions may count the pair as one or two characters: the quotes
tools put in each selection's name decide, per document (two when there are none); the report
says what was assumed.

Options:
      --into <folder>          where the documents, codebook.yaml and sidecars go (required)
  -f, --format table|json      the report's form (default: table); problems go to stderr as
                               file:line: severity: element: message
  -h, --help                   show this help

Exit codes: 0 imported, 1 anything refused, skipped or in conflict (the rest is still imported),
2 bad arguments or no such file.`;

const EXPORT = `Usage: policy-annotator export <folder> [options]

Exports the annotations of every <document>.annotations.yaml sidecar of the folder, each one
re-anchored against its document's current text (read-only: no sidecar is ever rewritten), with
its codes (names from the codebook), quote, note, author, dates, status, positions as stored and
as anchored now (code points over the normalised text, end exclusive), start and end line (1-based,
empty when orphaned) and the entities mentioned inside the passage (catalog mentions wholly inside
it, after the annotation's own 'entities'). Orphaned annotations are exported too, with their status.

Formats:
  csv    one row per annotation and code (an annotation without codes: one row, empty code);
         columns document, annotation, code, codeName, codePath, quote, note, author, created,
         modified, status, storedStatus, storedStart, storedEnd, start, end, startLine, endLine,
         entities (ids separated by ';'). A cell starting with = + - @, a tab or a carriage
         return gets a leading ' so that spreadsheets show it as text, never run it.
  json   an array with one object per annotation (every field present, null when empty)
  w3c    a W3C Web Annotation AnnotationCollection (JSON-LD): codes as tagging bodies, the note
         as a commenting body, entities as identifying bodies, a TextQuoteSelector and, while the
         passage still holds the quote, a TextPositionSelector
  qdpx   a REFI-QDA project (needs --out; writes <folder name>.qdpx) for NVivo, ATLAS.ti, MAXQDA
         and QualCoder: every document as a text source (its attributes as variables), the
         codebook, each annotation as a coded selection with its note as a memo; then a report
         of what the exchange loses

Options:
  -f, --format csv|json|w3c|qdpx  output format (default: csv)
  -o, --out <folder>           write annotations.csv, annotations.json or annotations.jsonld in this
                               folder (created when missing) instead of standard output; nothing
                               is written anywhere else
      --force                  replace that file when it exists (never a symbolic link)
      --base <iri>             (w3c) the folder's public IRI, e.g. https://example.org/corpus/;
                               default: its file: URL
      --catalog <file>         use this catalog instead of the folder's entities.yaml files
                               (repeat to merge several)
      --codebook <file>        use this codebook instead of <folder>/codebook.yaml
      --unanchored keep|omit   (qdpx) annotations not anchored in the current text (needs review,
                               ambiguous, orphaned): exported at their last known place (default)
                               or left out; either way listed in the report
      --entities-as-codes      (qdpx) also the catalog's entities, as a folder of codes with every
                               mention coded
  -h, --help                   show this help

Problems are printed on stderr as file:line:col: severity: message [code]. The sound annotations
are exported all the same; the exit code is 1 when any error was found (a sidecar that does not
parse, a missing document, catalog or codebook errors), 0 otherwise, 2 for bad arguments or an
export file that exists without --force.`;

const AUDIT = `Usage: policy-annotator audit <folder> [options]

Scans the folder's documents with the catalog (dated names as of each document's date) and reports,
for each name or alias that matched: how often the match sat inside a longer capitalised name
("West" in "West Africa", "Republic of Korea" in "Democratic People's Republic of Korea"), with
counts and an example line each, and whether that longer name belongs to another entity or is
unknown to the catalog; how often a name matched in any case (ignoreCase) was written in
lowercase; then the entities no document mentions. Each finding says its fix: add the longer name
as an alias of the entity it names, add it to notMentions, or drop ignoreCase. Never writes a file.

Options:
  -f, --format table|json      output format (default: table; json: one object, for scripts)
      --catalog <file>         use this catalog instead of the folder's entities.yaml files
                               (repeat to merge several)
      --no-cache               scan every document, neither reading nor writing the scan cache
  -h, --help                   show this help`;

export function usage(topic?: string): string {
  if (topic === 'audit') return AUDIT;
  if (topic === 'scan') return SCAN;
  if (topic === 'check') return CHECK;
  if (topic === 'export') return EXPORT;
  if (topic === 'import') return IMPORT;
  if (topic === 'cooccur') return COOCCUR_USAGE;
  if (topic === 'kwic') return KWIC_USAGE;
  if (topic === 'matrix') return MATRIX_USAGE;
  return GENERAL;
}
