// Checks a new spelling against the loaded catalog while the user types it (the core checks again
// on the file's current text when the edit is made).
import type { Entity } from '../../core/catalog/catalogTypes';
import { plainMessage } from '../../core/text/plainMessage';
import { spellingOwner, unmatchableReason } from '../../core/catalog/spellingOwner';

/** Why `text` cannot be a new spelling (as plain text for a message), or undefined when it can. */
export function spellingProblem(entities: readonly Entity[], text: string): string | undefined {
  const trimmed = text.trim();
  const reason = unmatchableReason(trimmed);
  if (reason) return plainMessage(reason);
  const owner = spellingOwner(entities, { text: trimmed, ignoreCase: false });
  if (!owner) return undefined;
  const { entity } = owner;
  return plainMessage(
    `'${trimmed}' is already ${owner.isName ? 'the name' : 'an alias'} of ${entity.name} (${entity.id}, ${entity.location.file}:${entity.location.line})`,
  );
}

/** Catalog entities, the most mentioned first. */
export function byMentions(entities: readonly Entity[], mentions: (e: Entity) => number): Entity[] {
  return entities
    .map((e) => ({ e, n: mentions(e) }))
    .sort((a, b) => b.n - a.n)
    .map(({ e }) => e);
}
