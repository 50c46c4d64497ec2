// `npm run catalog:world`: builds catalogs/world.yaml from the fact files in catalogs/facts/ and
// the ISO 3166-1 codes of the i18n-iso-countries package. The fact files are checked first; any
// problem is reported with its file, line and entry, and the build exits with status 1 without
// writing anything. The same input always gives the same bytes (no dates or machine details in
// the output), so a rebuild shows in `git diff` only what the facts changed. With `--check` it
// writes nothing and exits 1 when catalogs/world.yaml is not what the fact files make (a test runs it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkFacts, EXPECTED } from './checkFacts';
import { readHistorical, readNotMentions, readOrganisations, readOtherStates, readStates, type EntityFact } from './factFiles';
import { Problems } from './problems';
import { buildWorldEntities, type WorldSections } from './worldEntities';
import { renderWorldYaml } from './writeWorldYaml';

const ROOT = path.resolve(__dirname, '..', '..');
const FACTS = path.join(ROOT, 'catalogs', 'facts');
const OUTPUT = path.join(ROOT, 'catalogs', 'world.yaml');

function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

function isoPackageVersion(): string {
  const manifest = require.resolve('i18n-iso-countries/package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function header(sections: WorldSections, notMentions: number): string[] {
  const all = [...sections.states, ...sections.historical, ...sections.organisations];
  const aliases = all.flatMap((e) => e.aliases ?? []);
  const dated = aliases.filter((a) => typeof a !== 'string').length;
  const observers = sections.states.filter((e) => e.relations?.some((r) => r.type === 'observer-of')).length;
  const members = sections.states.filter((e) => e.relations?.some((r) => r.type === 'member-of' && r.target === 'united-nations')).length;
  const others = sections.states.length - members - observers;
  return [
    'World entity catalog: the states of today (UN members, observer states and a few other states),',
    'states and polities of the years since 1945 that no longer exist, and intergovernmental',
    'organisations, their organs and agencies, and groupings of states. Other catalogs build on it',
    'with `extends: world`.',
    '',
    'GENERATED FILE: do not edit it by hand. It is built by `npm run catalog:world`',
    '(scripts/catalog/buildWorldCatalog.ts) from the fact files in catalogs/facts/; to correct',
    'an entry, edit the fact file and rebuild.',
    '',
    `Sources: ISO 3166-1 alpha-3 codes (iso) from the npm package i18n-iso-countries ${isoPackageVersion()}`,
    '(MIT licence), looked up by the English names given in the fact files; names, aliases,',
    "dates, memberships and descriptions from the fact files, the project's own work.",
    '',
    `Counts: ${sections.states.length} states (${members} UN members, ${observers} observer states, ${others} others),`,
    `${sections.historical.length} historical states and polities, ${sections.organisations.length} organisations and groupings;`,
    `${aliases.length} aliases, ${dated} of them dated; ${notMentions} phrases that are never mentions.`,
    '',
    'Matching: names and aliases match as written (case-sensitive) on word boundaries, the longest',
    'wins. An alias with `from`/`until` (until exclusive) is read only in documents dated in that',
    'period. Memberships are those of 2025. Deliberately absent: capitals and seats of government,',
    'demonyms and adjectives, and Wikidata ids.',
  ];
}

function main(check: boolean): number {
  const problems = new Problems();
  const file = (name: string): string => path.join(FACTS, name);
  const facts: EntityFact[] = [
    ...readStates(file('states.yaml'), problems),
    ...readOtherStates(file('other-states.yaml'), problems),
    ...readHistorical(file('historical.yaml'), problems),
    ...readOrganisations(file('organisations.yaml'), problems),
  ];
  const phrases = readNotMentions(file('not-mentions.yaml'), problems);
  const isoCodes = checkFacts(facts, phrases, problems);

  if (problems.any) {
    for (const p of problems.list) p.file = relative(p.file);
    console.error(`catalogs/world.yaml was not built: ${problems.list.length} problem(s) in the fact files.\n${problems.format()}`);
    return 1;
  }

  const sections = buildWorldEntities(facts, isoCodes);
  const text = renderWorldYaml({ header: header(sections, phrases.length), notMentions: phrases.map((p) => p.text), sections });
  if (check) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current === text) {
      console.log(`${relative(OUTPUT)} is what the fact files make.`);
      return 0;
    }
    console.error(`${relative(OUTPUT)} is not what the fact files make: run npm run catalog:world and commit it.`);
    return 1;
  }
  fs.writeFileSync(OUTPUT, text);
  console.log(
    `Wrote ${relative(OUTPUT)}: ${sections.states.length} states (UN: ${EXPECTED.unMembers} members, ${EXPECTED.unObservers} observers), ` +
      `${sections.historical.length} historical, ${sections.organisations.length} organisations, ${phrases.length} notMentions phrases.`,
  );
  return 0;
}

process.exitCode = main(process.argv.includes('--check'));
