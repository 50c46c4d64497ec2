// Reading annotation hovers in tests: which hover contents are annotation cards, and their links.
import { ANNOTATION_HOVER_COMMANDS } from '../../../src/vscode/commandIds';
import { linkTargets } from '../../unit/helpers/markdownMarkup';
import type { Card } from './hovers';

/** The annotation cards among the hovers (told apart by the commands they trust). */
export function annotationCards(cards: Card[]): Card[] {
  const trusted = JSON.stringify({ enabledCommands: ANNOTATION_HOVER_COMMANDS });
  return cards.filter((c) => JSON.stringify(c.markdown.isTrusted) === trusted);
}

/** The command links of a card: command id and parsed arguments. */
export function commandLinks(markdown: string): Array<[string, unknown]> {
  return linkTargets(markdown)
    .filter((t) => t.startsWith('command:'))
    .map((t) => [t.slice('command:'.length, t.indexOf('?')), JSON.parse(decodeURIComponent(t.slice(t.indexOf('?') + 1)))]);
}
