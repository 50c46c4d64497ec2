/**
 * The real entities every bench catalog starts from: `corpus/entities.yaml` when it exists and
 * yields entities, else a built-in list of the main actors and institutions of the sample corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog, parseCatalogFile } from '../../core/catalog/catalogLoader';
import type { DeclaredEntity } from '../../core/catalog/catalogTypes';
import { scanDocument } from '../../core/matcher/documentScanner';
import { compileMatcher } from '../../core/matcher/mentionMatcher';
import { renderCatalogYaml, type SpecAlias, type SpecEntity } from './catalogYaml';

export interface SeedCatalog {
  /** Where the entities came from, for the report. */
  source: string;
  file: string;
  text: string;
  entities: DeclaredEntity[];
  /** Entity ids, most mentioned in the sample documents first (ties in declaration order): a
   * catalog smaller than the real one keeps the entities that matter for this corpus. */
  byMentions: string[];
}

export function loadSeedCatalog(corpusDir: string, sampleText: string): SeedCatalog {
  const seed = readSeed(corpusDir);
  return { ...seed, byMentions: rankByMentions(seed, sampleText) };
}

function rankByMentions(seed: Omit<SeedCatalog, 'byMentions'>, sampleText: string): string[] {
  const matcher = compileMatcher(loadCatalog(seed.text, seed.file));
  const mentions = scanDocument(matcher, sampleText).mentions;
  const counts = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const id = matcher.entities[mentions.entity(i)].id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const order = seed.entities.map((e, i) => ({ id: e.id, i, n: counts.get(e.id) ?? 0 }));
  return order.sort((a, b) => b.n - a.n || a.i - b.i).map((e) => e.id);
}

function readSeed(corpusDir: string): Omit<SeedCatalog, 'byMentions'> {
  const file = join(corpusDir, 'entities.yaml');
  let why = `${file} not found`;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const parsed = parseCatalogFile(text, file);
    if (parsed.entities.length > 0) return { source: file, file, text, entities: parsed.entities };
    why = `${file} has no usable entities (${parsed.diagnostics.length} diagnostics)`;
  }
  const text = renderCatalogYaml(BUILTIN.map(toSpec), 'built-in seed entities of the policy-annotator bench');
  const builtin = '<built-in seed entities>';
  return { source: `built-in list (${why})`, file: builtin, text, entities: parseCatalogFile(text, builtin).entities };
}

type BuiltinEntity = [id: string, kind: 'actor' | 'institution', type: string, name: string, aliases: string[], relations?: string[]];

/** Aliases written `~text` ignore case; relations are `type:target`. */
const BUILTIN: BuiltinEntity[] = [
  [
    'russia',
    'actor',
    'state',
    'Russia',
    ['Russian Federation', 'Moscow', 'Kremlin'],
    ['member-of:sco', 'member-of:brics', 'member-of:eaeu'],
  ],
  ['asean', 'institution', 'bloc', 'ASEAN', ['~Asean', 'Association of Southeast Asian Nations']],
  ['china', 'actor', 'state', 'China', ["People's Republic of China", 'PRC', 'Beijing'], ['member-of:sco', 'member-of:brics']],
  ['united-states', 'actor', 'state', 'United States', ['US', 'U.S.', 'USA', 'United States of America', 'Washington'], ['member-of:nato']],
  ['putin', 'actor', 'person', 'Vladimir Putin', ['Putin'], ['leader-of:russia']],
  ['xi-jinping', 'actor', 'person', 'Xi Jinping', ['Xi'], ['leader-of:china']],
  ['anwar-ibrahim', 'actor', 'person', 'Anwar Ibrahim', ['Anwar'], ['leader-of:malaysia']],
  ['sergei-lavrov', 'actor', 'person', 'Sergei Lavrov', ['Lavrov']],
  ['india', 'actor', 'state', 'India', ['New Delhi'], ['member-of:sco', 'member-of:brics']],
  ['japan', 'actor', 'state', 'Japan', ['Tokyo']],
  ['vietnam', 'actor', 'state', 'Vietnam', ['Viet Nam'], ['member-of:asean']],
  ['malaysia', 'actor', 'state', 'Malaysia', [], ['member-of:asean']],
  ['indonesia', 'actor', 'state', 'Indonesia', ['Jakarta'], ['member-of:asean']],
  ['singapore', 'actor', 'state', 'Singapore', [], ['member-of:asean']],
  ['laos', 'actor', 'state', 'Laos', [], ['member-of:asean']],
  ['mongolia', 'actor', 'state', 'Mongolia', []],
  ['iran', 'actor', 'state', 'Iran', ['Tehran'], ['member-of:sco']],
  ['pakistan', 'actor', 'state', 'Pakistan', ['Islamabad'], ['member-of:sco']],
  ['australia', 'actor', 'state', 'Australia', ['Canberra']],
  ['ukraine', 'actor', 'state', 'Ukraine', ['Kyiv', 'Kiev']],
  ['soviet-union', 'actor', 'state', 'Soviet Union', ['USSR']],
  ['sco', 'institution', 'organisation', 'Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization']],
  ['eaeu', 'institution', 'bloc', 'Eurasian Economic Union', ['EEU', 'EAEU']],
  ['east-asia-summit', 'institution', 'forum', 'East Asia Summit', ['EAS']],
  ['apec', 'institution', 'forum', 'Asia-Pacific Economic Cooperation', ['APEC']],
  ['brics', 'institution', 'bloc', 'BRICS', []],
  ['nato', 'institution', 'organisation', 'NATO', ['North Atlantic Treaty Organization']],
  ['european-union', 'institution', 'bloc', 'European Union', ['EU']],
  ['cica', 'institution', 'forum', 'Conference on Interaction and Confidence-Building Measures in Asia', ['CICA']],
  ['asean-regional-forum', 'institution', 'forum', 'ASEAN Regional Forum', ['ARF'], ['part-of:asean']],
  ['admm-plus', 'institution', 'forum', 'ASEAN Defence Ministers’ Meeting-Plus', ['ADMM-Plus', 'ADMM'], ['part-of:asean']],
  ['aiib', 'institution', 'bank', 'Asian Infrastructure Investment Bank', ['AIIB']],
  ['rcep', 'institution', 'agreement', 'Regional Comprehensive Economic Partnership', ['RCEP']],
  ['wto', 'institution', 'organisation', 'World Trade Organization', ['WTO']],
  ['united-nations', 'institution', 'organisation', 'United Nations', ['UN']],
  ['valdai-club', 'actor', 'organisation', 'Valdai Discussion Club', ['Valdai Club', 'Valdai']],
];

function toSpec([id, kind, type, name, aliases, relations = []]: BuiltinEntity): SpecEntity {
  const alias = (a: string): SpecAlias => (a.startsWith('~') ? { text: a.slice(1), ignoreCase: true } : { text: a, ignoreCase: false });
  const relation = (r: string): { type: string; target: string } => {
    const [t, target] = r.split(':');
    return { type: t, target };
  };
  return { id, kind, type, name, aliases: aliases.map(alias), relations: relations.map(relation) };
}
