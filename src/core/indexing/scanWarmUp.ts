/**
 * A scanning thread's warm-up, before its first document. V8 compiles the scanning loop for the
 * paths the first texts took, and throws that code away each time a later text takes a path it
 * had not seen (a CR alone, a blank line, a name wrapped over a line, an astral character, a
 * two-byte string...): then the loop runs unoptimised until it is compiled again. On the UN
 * speeches a thread lost 0.3-0.5 s of its 2 s that way. Scanning first short texts built to take
 * the paths real texts take, from the catalog's own names, costs about 50 ms (the code runs
 * unoptimised then); a thread does it before its first job, so a run that sends it none (every
 * scan from the cache) does not.
 */
import { scanForIndex, type ScanSetup } from './documentScan';

/** Names taken from the catalog: enough to reach phrases, dated, case-sensitive and long names. */
const NAMES = 48;
/** Longer names are left out: each is written a dozen times, in each text, in each round. */
const LONGEST_NAME = 200;
/** V8 keeps no type feedback for a function until it has run a few times: each job is scanned
 * in every round, enough calls for the later rounds' paths to be recorded. */
const ROUNDS = 2;

const GENERIC = [
  'The Secretary-General said: "Peace is possible." Is it? Yes! The U.S. and the U.K. agreed, e.g. on trade.',
  'A line\r\nwith CRLF, a lone CR\rand tabs\tand  double  spaces; numbers 1945 and 2,000; a_snake_case word.',
  '',
  '',
  'A new paragraph after blank lines. It ends here.',
  'Letters beyond ASCII: Ñandú, São Tomé, Côte d’Ivoire, Ελλάδα, Россия, 中国, and astral ones: 𝐀𝐁𝐂 😀.',
  '“Quoted” — dashes – and ’apostrophes’.',
].join('\n');

/** The catalog's names, spread over its aliases, written as texts write them. */
function namesAsWritten(setup: ScanSetup): string {
  const { aliasEquiv, aliasCount } = setup.matcher;
  const step = Math.max(1, Math.floor(aliasCount / NAMES));
  const lines: string[] = [];
  for (let a = 0; a < aliasCount; a += step) {
    const name = aliasEquiv[a];
    if (name.length > LONGEST_NAME) continue;
    lines.push(
      `${name} met ${name.toUpperCase()} and ${name.toLowerCase()}; ${name}'s and ${name}’s; ${name}-led; x${name}x.`,
      `${name.replace(/ /g, '\n')} and ${name.replace(/ /g, '  ')} and ${name.replace(/ /g, '\r\n')}.`,
      `${name.replace(/ /g, '\n\n')}.`,
    );
  }
  return lines.join('\n');
}

/** Scans texts that take the scanner's paths, so that V8 has seen them before the first real
 * document (this thread's own copy of the code: each thread warms itself). */
export function warmUpScanning(setup: ScanSetup): void {
  const names = namesAsWritten(setup);
  const body = `${GENERIC}\n${names}\n`;
  const oneByte = body.replace(/[^\n\r\t\u0020-\u00ff]/g, '');
  // Ends included: a CR, a high surrogate alone.
  const texts = [
    body,
    oneByte,
    `\uFEFF${body}\ud800`,
    `---\ndate: 1991-09-17\ntitle: Warm-up\n---\n${body}`,
    `${oneByte}\r\n\r\n${oneByte}\r`,
  ];
  const encoder = new TextEncoder();
  // Dated by their names or front matter, and not: dated names are read only in dated documents.
  // Given as bytes (the CLI's jobs, decoded here), two also as text (the editor's jobs; the high
  // surrogate alone survives only there).
  const path = (i: number): string => (i % 2 === 0 ? `warm-up/${1950 + 20 * i}.txt` : `warm-up/text-${i}.txt`);
  const jobs = [
    ...texts.map((t, i) => ({ path: path(i), content: encoder.encode(t) as string | Uint8Array })),
    { path: path(1), content: texts[1] },
    { path: path(2), content: texts[2] },
  ];
  for (let round = 0; round < ROUNDS; round++) for (const job of jobs) scanForIndex(setup, job);
}
