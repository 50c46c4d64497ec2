/**
 * The starter entity catalog written by "Create Entity Catalog": a valid catalog (two example
 * entities the analyst replaces) whose comments explain every field, and where to put it so the
 * `policyAnnotator.catalogFiles` glob finds it.
 */
import { globTest } from '../../base/pathGlob';

export const DEFAULT_CATALOG_FILE = 'entities.yaml';

export const CATALOG_TEMPLATE = `# Entity catalog for Policy Annotator: the actors and institutions to find in the corpus.
# Every mention of a name or alias below is highlighted in the documents and counted in the
# Actors and Institutions trees. Save this file and the editor picks up the changes.
#
# Fields of an entity:
#   id           unique, stable slug (lowercase letters, digits, '-', '.', '_'); relations use it
#   name         the display name; always matched as written
#   kind         actor | institution: which tree shows it
#   type         the group in the tree, e.g. actors: state, person, organisation, group;
#                institutions: forum, dialogue, bloc, bank, currency, agreement, initiative,
#                body, organisation (any other word makes a group of its own)
#   aliases      other spellings: a string, or { text: ..., ignoreCase: true } to ignore case
#   wikidata     optional Wikidata QID such as Q142
#   description  optional, shown in hover cards and tree tooltips
#   relations    optional list of { type: member-of | leader-of | part-of | ..., target: <id> }
#
# Matching: whole words, case as written unless ignoreCase; possessives ("France's") and
# hyphenated compounds ("France-UN") are found without listing them; the longest alias wins;
# a spelling belongs to one entity only (or to several at dates that do not overlap: an alias
# may be { text: ..., from: 1949, until: 1990-10-03 }). Replace the two examples with your own entities.
#
# This catalog builds on the shipped world catalog (every UN member and observer state, states
# that are gone, intergovernmental organisations): an entity with a world entity's id extends
# it (its aliases and relations are added). Delete the next line to start from nothing.
extends: world

entities:
  - id: france
    name: France
    kind: actor
    type: state
    wikidata: Q142
    description: Example actor. Replace or delete it.
    aliases:
      - French Republic
    relations:
      - { type: member-of, target: united-nations }

  - id: united-nations
    name: United Nations
    kind: institution
    type: organisation
    wikidata: Q1065
    description: Example institution. Replace or delete it.
    aliases:
      - UN
      - { text: united nations, ignoreCase: true }
`;

const GLOB_CHARS = /[*?[\]{}!()]/;

/**
 * Where a new catalog goes, relative to the workspace folder: the path the glob names when it
 * names one, its globstar segments dropped (the default glob gives `entities.yaml`, and
 * `catalog/<globstar>/people.yaml` gives `catalog/people.yaml`), else `entities.yaml`.
 * `matched` says whether the glob finds that path.
 */
export function newCatalogPath(glob: string, exclude?: string): { path: string; matched: boolean } {
  const segments = glob
    .trim()
    .replace(/^\.?\//, '')
    .split('/')
    .filter((s) => s !== '**' && s !== '');
  const named = segments.join('/');
  const path = segments.length > 0 && !GLOB_CHARS.test(named) && /\.ya?ml$/i.test(named) ? named : DEFAULT_CATALOG_FILE;
  return { path, matched: globTest(glob, exclude)(path) };
}
