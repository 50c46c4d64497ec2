// Helpers for the catalog-edit tests: run an edit, insist it succeeded, and check that the original
// text is still there byte for byte around the spliced fragments.
import { strict as assert } from 'node:assert';
import { loadCatalog } from '../../../src/core/catalog/catalogLoader';
import type { Catalog, Entity } from '../../../src/core/catalog/catalogTypes';
import type { CatalogEditError, CatalogEditResult } from '../../../src/core/catalog/edit/catalogEdit';

export const lines = (...l: string[]): string => l.join('\n') + '\n';

/** The edited text; fails the test when the edit was refused. */
export function edited(result: CatalogEditResult): string {
  if (!result.ok) assert.fail(`edit refused: ${JSON.stringify(result.error)}`);
  return result.text;
}

export function refused(result: CatalogEditResult): CatalogEditError {
  if (result.ok) assert.fail(`edit should have been refused, gave:\n${result.text}`);
  return result.error;
}

/** Removing the inserted text of every splice gives back the original, less what the splices removed. */
export function assertOnlySpliced(original: string, result: CatalogEditResult): void {
  if (!result.ok) assert.fail('edit refused');
  let rebuilt = '';
  let cursor = 0;
  let delta = 0;
  for (const s of [...result.splices].sort((a, b) => a.offset - b.offset)) {
    const at = s.offset + delta;
    rebuilt += result.text.slice(cursor, at);
    assert.equal(result.text.slice(at, at + s.text.length), s.text, 'splice text is where it says');
    rebuilt += original.slice(s.offset, s.offset + s.length);
    cursor = at + s.text.length;
    delta += s.text.length - s.length;
  }
  rebuilt += result.text.slice(cursor);
  assert.equal(rebuilt, original, 'everything outside the splices is unchanged');
}

/** The catalog loaded from `text`, with no error diagnostics. */
export function loadsCleanly(text: string, file = 'entities.yaml'): Catalog {
  const catalog = loadCatalog(text, file);
  const errors = catalog.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors, [], `the result loads without errors:\n${text}`);
  return catalog;
}

export function entity(catalog: Catalog, id: string): Entity {
  const e = catalog.byId.get(id);
  if (!e) assert.fail(`no entity '${id}' in ${catalog.entities.map((x) => x.id).join(', ')}`);
  return e;
}
