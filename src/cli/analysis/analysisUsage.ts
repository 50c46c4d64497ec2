/** Help texts of the analysis commands. */

const WHERE = `      --where <filter>         only the documents whose attributes match (repeat: all must hold);
                               attributes are the fields of documents.yaml and of front matter,
                               and path, date and year. Examples:
                                 country=RUS   genre in [speech, statement]   year=1990..1999
                                 date>=2001-06   author="Lavrov, Sergey"   title=*Russia*
                                 country!=USA and year>=2000
      --catalog <file>         use this catalog instead of the folder's entities.yaml files (repeat)
      --codebook <file>        use this codebook instead of the folder's codebook.yaml
      --bom                    start CSV with a UTF-8 byte order mark (for Excel)
      --no-cache               scan every document, neither reading nor writing the scan cache
  -h, --help                   show this help

CSV cells that a spreadsheet would run as a formula (=, +, -, @ first) are written as text. Exit
codes: 0 ok; 2 bad arguments, an unknown id, a filter that does not parse, or nothing to count.`;

export const COOCCUR_USAGE = `Usage: policy-annotator cooccur <folder> [options]

Which entities are mentioned together, which codes are given together, and which entities are
mentioned inside which codes' passages. For each pair (a, b): n_a and n_b, the units holding each,
n_ab the units holding both, the c-coefficient n_ab / (n_a + n_b - n_ab), and the shares n_ab/n_a
and n_ab/n_b. Pairs where one side occurs in more than five times as many units as the other are
flagged (unbalanced): c then understates the tie.

Options:
      --of entities|codes|codes-entities
                               what is paired (default: entities)
      --unit <unit>            entities: sentence (default), paragraph or document;
                               codes: passage (default: codes given to one passage) or overlap
                               (codes of overlapping passages); codes-entities: passage
      --min <n>                leave out pairs together in fewer than n units (default 1)
  -f, --format table|csv|json  output (default: table); csv columns: ${'a,b,n_a,n_b,n_ab,c,share_a,share_b,unbalanced'}
${WHERE}`;

export const KWIC_USAGE = `Usage: policy-annotator kwic <folder> (--entity <id> | --code <id> | --text <phrase>) [options]

A concordance: every mention of an entity, every passage of a code, or every occurrence of a
phrase (whole words, any case, any whitespace between its words), with its context on each side.

Options:
      --width <n>              characters of context on each side (default 40, at most 500)
      --sort document|date|left1|left2|right1|right2
                               order of the lines: by document (default), by date, or by the first
                               or second word left or right of the match
  -f, --format table|csv|json  output (default: table); csv columns: document,line,column,left,match,right,date
${WHERE}`;

export const MATRIX_USAGE = `Usage: policy-annotator matrix <folder> --rows documents|year|<attribute> [options]

One row a document (or a year, or a value of a document attribute), then one column an entity
(the entities mentioned, most mentioned first) or a code, with the mentions or coded passages in
that row.

Options:
      --rows documents|year|<attribute>
                               what a row is (required)
      --cols entities|codes    what a column is (default: entities)
      --per-10k                per 10,000 words instead of counts
  -f, --format csv|json        output (default: csv)
${WHERE}`;
