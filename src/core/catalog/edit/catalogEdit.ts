/**
 * catalog/edit/: edits of a catalog file's text in its own layout: new entities and aliases,
 * fragments, the starter catalog, slugs, alias targets.
 *
 * Growing the entity catalog from the text (issue 4, point 6): add an entity, or an alias to an
 * entity, to a catalog file's text. Each edit splices a rendered YAML fragment into the original
 * text at a place found from the parsed nodes, so comments, order, quoting and formatting of
 * everything else stay byte for byte (re-serialising the whole document would re-fold long lines
 * and re-space flow collections). A file that does not parse, an unknown id or a spelling another
 * entity owns is refused with file, line and column; nothing is ever half-written.
 */
export { addAlias } from './catalogAliasEdit';
export { addEntity, type NewEntity } from './catalogEntityEdit';
export { formatEditError, type CatalogEditError, type CatalogEditResult } from './catalogEditBase';
export type { TextSplice } from '../../text/textSplice';
