/**
 * Synthetic entities that pad the real catalog up to the bench sizes. They look like a policy
 * catalog: people with a surname alias, states with a formal name and a capital, institutions of
 * one to four capitalised words with acronyms and some case-insensitive aliases, and a share of
 * names that extend real spellings ("Russia Development Fund", "ASEAN Economic Community") so the
 * trie gets realistic depth and fan-out where the text actually walks. No two spellings clash, so
 * the catalog checks keep every one of them.
 */
import type { DeclaredEntity } from '../../core/catalog/catalogTypes';
import { spellingKey, type SpecAlias, type SpecEntity } from './catalogYaml';
import type { Random } from './random';

const FIRST_NAMES = [
  'Dmitri',
  'Sergei',
  'Anna',
  'Olga',
  'Ivan',
  'Maria',
  'Alexei',
  'Elena',
  'Nikolai',
  'Tatiana',
  'Li',
  'Wei',
  'Mei',
  'Zhang',
  'Hiroshi',
  'Yuki',
  'Kenji',
  'Nguyen',
  'Thanh',
  'Ahmad',
  'Siti',
  'Nur',
  'Rizal',
  'Budi',
  'Dewi',
  'Maria',
  'Jose',
  'Carlos',
  'Priya',
  'Rahul',
  'Arjun',
  'Fatima',
  'Omar',
  'Hassan',
  'John',
  'Sarah',
  'David',
  'Emma',
  'Pierre',
  'Claire',
  'Hans',
  'Ingrid',
  'Kim',
  'Park',
  'Soo',
  'Bilahari',
  'Tan',
  'Lee',
  'Wong',
  'Somchai',
];
const SURNAME_ENDINGS = ['ov', 'ova', 'enko', 'ski', 'wati', 'son', 'ez', 'ian', 'in', 'berg', 'to', 'yama', 'an', '', ''];
const PLACE_ENDINGS = ['ia', 'an', 'ovo', 'ar', 'esh', 'stan', 'land', 'burg', 'pur', 'abad', 'grad', 'sk', '', '', ''];
const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'ch', 'kh', 'tr', 'br', 'st', 'dr', 'y', 'h'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'ia', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'sk', 'nd', 'v'];
const TOPICS = [
  'Trade',
  'Energy',
  'Maritime',
  'Security',
  'Development',
  'Investment',
  'Infrastructure',
  'Agricultural',
  'Nuclear',
  'Digital',
  'Arctic',
  'Railway',
  'Customs',
  'Monetary',
  'Strategic',
  'Cultural',
  'Scientific',
  'Defence',
  'Fisheries',
  'Water',
  'Health',
  'Climate',
  'Border',
  'Transport',
  'Industrial',
  'Export',
  'Research',
  'Labour',
  'Space',
  'Grain',
  'Economic',
  'Financial',
  'Technology',
  'Education',
  'Youth',
  'Energy Security',
  'Foreign Affairs',
  'Far East',
];
const DIRECTIONS = [
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Greater',
  'Upper',
  'Lower',
  'New',
  'United',
  'National',
  'Federal',
  'Joint',
  'International',
  'Regional',
  'Global',
];
/** Organisation nouns with the kind and type an analyst would give them. */
const ORGS: ReadonlyArray<[noun: string, kind: SpecEntity['kind'], type: string]> = [
  ['Bank', 'institution', 'bank'],
  ['Fund', 'institution', 'bank'],
  ['Council', 'institution', 'body'],
  ['Forum', 'institution', 'forum'],
  ['Dialogue', 'institution', 'dialogue'],
  ['Summit', 'institution', 'forum'],
  ['Agency', 'institution', 'body'],
  ['Commission', 'institution', 'body'],
  ['Ministry', 'institution', 'body'],
  ['Authority', 'institution', 'body'],
  ['Bureau', 'institution', 'body'],
  ['Office', 'institution', 'body'],
  ['Union', 'institution', 'bloc'],
  ['Organisation', 'institution', 'organisation'],
  ['Alliance', 'institution', 'bloc'],
  ['Association', 'institution', 'organisation'],
  ['Committee', 'institution', 'body'],
  ['Group', 'institution', 'bloc'],
  ['Partnership', 'institution', 'agreement'],
  ['Treaty', 'institution', 'agreement'],
  ['Initiative', 'institution', 'initiative'],
  ['Programme', 'institution', 'initiative'],
  ['Corporation', 'actor', 'organisation'],
  ['Company', 'actor', 'organisation'],
  ['Institute', 'actor', 'organisation'],
  ['Academy', 'actor', 'organisation'],
  ['Foundation', 'actor', 'organisation'],
  ['Centre', 'actor', 'organisation'],
  ['Network', 'actor', 'group'],
];
/** Real adjectives of the corpus that synthetic institutions start with, besides real spellings. */
const ADJECTIVES = [
  'Russian',
  'Chinese',
  'Asian',
  'Eurasian',
  'Pacific',
  'Southeast Asian',
  'American',
  'Soviet',
  'Siberian',
  'Far Eastern',
];

/** Spellings and ids handed out so far: no clash with the real catalog or with each other. */
class Registry {
  private readonly ids = new Set<string>();
  private readonly spellings = new Set<string>();

  constructor(seed: readonly DeclaredEntity[]) {
    for (const e of seed) {
      this.ids.add(e.id);
      this.claim(e.name);
      for (const a of e.aliases) this.claim(a.text);
    }
  }

  /** True (and reserved) when no entity has this spelling yet, whatever the case. */
  claim(text: string): boolean {
    const key = spellingKey(text);
    if (this.spellings.has(key)) return false;
    this.spellings.add(key);
    return true;
  }

  id(name: string): string {
    const base =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'entity';
    let id = base;
    for (let k = 2; this.ids.has(id); k++) id = `${base}-${k}`;
    this.ids.add(id);
    return id;
  }
}

/** `count` synthetic entities; any prefix of the list is a valid catalog (relations point backwards). */
export function synthesizeEntities(seed: readonly DeclaredEntity[], count: number, rng: Random): SpecEntity[] {
  const g = new Generator(seed, rng);
  const out: SpecEntity[] = [];
  for (let i = 0; i < count; i++) out.push(g.entity(i));
  return out;
}

class Generator {
  private readonly registry: Registry;
  private readonly prefixes: string[];
  private readonly institutions: string[] = [];

  constructor(
    seed: readonly DeclaredEntity[],
    private readonly rng: Random,
  ) {
    this.registry = new Registry(seed);
    const real = seed.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
    this.prefixes = [...new Set([...real.filter((s) => /^[A-Z]/.test(s) && s.split(' ').length <= 3), ...ADJECTIVES])];
  }

  entity(index: number): SpecEntity {
    const r = this.rng.next();
    const e = r < 0.33 ? this.person() : r < 0.4 ? this.state() : this.institution(r < 0.55);
    if (e.kind === 'institution' || e.type === 'organisation') this.institutions.push(e.id);
    if (this.rng.chance(0.3)) e.wikidata = `Q${this.rng.between(100000, 99999999)}`;
    if (this.rng.chance(0.4))
      e.description = `Synthetic ${e.type} number ${index + 1} of the scaling bench; ${this.rng.pick(TOPICS).toLowerCase()} portfolio.`;
    return e;
  }

  private person(): SpecEntity {
    const rng = this.rng;
    const surname = capitalise(pseudoWord(rng, rng.between(1, 3)) + rng.pick(SURNAME_ENDINGS));
    const name = this.unique(() =>
      rng.chance(0.1)
        ? `${rng.pick(FIRST_NAMES)} ${capitalise(pseudoWord(rng, 2))}ovich ${surname}`
        : `${rng.pick(FIRST_NAMES)} ${surname}`,
    );
    const aliases: SpecAlias[] = [];
    if (rng.chance(0.8) && this.registry.claim(surname)) aliases.push({ text: surname, ignoreCase: false });
    const relations = this.institutions.length > 0 && rng.chance(0.3) ? [{ type: 'leader-of', target: rng.pick(this.institutions) }] : [];
    return { id: this.registry.id(name), name, kind: 'actor', type: 'person', aliases, relations };
  }

  private state(): SpecEntity {
    const rng = this.rng;
    const name = this.unique(() => this.place());
    const aliases: SpecAlias[] = [];
    const formal = `${rng.pick(['Republic', 'Kingdom', 'Federation', 'Union'])} of ${name}`;
    if (this.registry.claim(formal)) aliases.push({ text: formal, ignoreCase: false });
    if (rng.chance(0.5)) {
      const capital = this.place();
      if (this.registry.claim(capital)) aliases.push({ text: capital, ignoreCase: false });
    }
    const relations = this.institutions.length > 0 && rng.chance(0.4) ? [{ type: 'member-of', target: rng.pick(this.institutions) }] : [];
    return { id: this.registry.id(name), name, kind: 'actor', type: 'state', aliases, relations };
  }

  private institution(extendsReal: boolean): SpecEntity {
    const rng = this.rng;
    const [org, kind, type] = rng.pick(ORGS);
    const name = this.unique(() => {
      const head = extendsReal ? rng.pick(this.prefixes) : this.place();
      switch (rng.int(extendsReal ? 3 : 5)) {
        case 0:
          return `${head} ${org}`;
        case 1:
          return `${head} ${rng.pick(TOPICS)} ${org}`;
        case 2:
          return `${rng.pick(DIRECTIONS)} ${head} ${rng.pick(TOPICS)} ${org}`;
        case 3:
          return `${org} of ${head}`;
        default:
          return `${rng.pick(DIRECTIONS)} ${rng.pick(TOPICS)} ${org}`;
      }
    });
    const aliases: SpecAlias[] = [];
    if (rng.chance(0.6)) {
      const acronym = this.acronym(name);
      if (acronym) {
        aliases.push({ text: acronym, ignoreCase: false });
        // Some acronyms are also written as a word ("Asean", "Apec") in any case.
        if (acronym.length >= 4 && rng.chance(0.25) && this.registry.claim(capitalise(acronym.toLowerCase()))) {
          aliases.push({ text: capitalise(acronym.toLowerCase()), ignoreCase: true });
        }
      }
    }
    if (rng.chance(0.08)) aliases.push({ text: name.toLowerCase(), ignoreCase: true });
    return { id: this.registry.id(name), name, kind, type, aliases, relations: [] };
  }

  /** Initials of the capitalised words (2 to 5 letters), else a few random capitals; undefined if taken. */
  private acronym(name: string): string | undefined {
    const rng = this.rng;
    let initials = name
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('')
      .slice(0, 5);
    if (initials.length < 2 || rng.chance(0.15))
      initials = Array.from({ length: rng.between(2, 5) }, () => String.fromCharCode(65 + rng.int(26))).join('');
    for (const candidate of [initials, `${initials}${String.fromCharCode(65 + rng.int(26))}`]) {
      if (candidate.length <= 5 && this.registry.claim(candidate)) return candidate;
    }
    return undefined;
  }

  private place(): string {
    return capitalise(pseudoWord(this.rng, this.rng.between(2, 3)) + this.rng.pick(PLACE_ENDINGS));
  }

  /** A name nobody has yet: a few fresh tries, then the last try with an extra word. */
  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 8; attempt++) {
      const name = make();
      if (this.registry.claim(name)) return name;
    }
    for (;;) {
      const name = `${make()} ${this.place()}`;
      if (this.registry.claim(name)) return name;
    }
  }
}

function pseudoWord(rng: Random, syllables: number): string {
  let w = '';
  for (let s = 0; s < syllables; s++) w += rng.pick(ONSETS) + rng.pick(VOWELS) + (s === syllables - 1 ? '' : rng.pick(CODAS));
  return w;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
