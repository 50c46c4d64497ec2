// What the Documents view shows, for this window: the filter on document attributes (the Analysis
// panel's syntax, core/analysis/documentFilter.ts) and the order, mirrored in the context keys the
// manifest's menus read. A filter that does not parse is not applied: the one before stays, and
// the error is kept for the view's message until the next filter.
import * as vscode from 'vscode';
import { FilterError, parseFilter, type DocumentFilter } from '../../core/analysis/documentFilter';
import type { DocumentSort } from '../../core/presentation/documentList';
import { CONTEXT, setContext } from '../../vscode/contextKeys';

/** Why `text` is not a filter (`filter "year>=", column 7: expected a value`), or undefined when it is one (blank: none). */
export function filterProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  try {
    parseFilter([text]);
    return undefined;
  } catch (err) {
    if (err instanceof FilterError) return err.message;
    throw err;
  }
}

export class DocumentsViewState implements vscode.Disposable {
  private filterText = '';
  private parsed: DocumentFilter | undefined;
  private problem: string | undefined;
  private order: DocumentSort = 'path';
  private readonly changed = new vscode.EventEmitter<{ listChanged: boolean }>();
  /** Fires when the filter or the order changed (`listChanged`), or a filter was refused (the error changed alone). */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.publish(false);
  }

  /** The filter applied, as typed ('' for none). */
  get filter(): string {
    return this.filterText;
  }
  get documentFilter(): DocumentFilter | undefined {
    return this.parsed;
  }
  /** Why the last filter given was not applied (undefined once one is). */
  get error(): string | undefined {
    return this.problem;
  }
  get sortBy(): DocumentSort {
    return this.order;
  }

  /** Applies `text` (blank: no filter). One that does not parse leaves the filter as it was; its error is returned. */
  setFilter(text: string): string | undefined {
    const filter = text.trim();
    try {
      this.parsed = filter === '' ? undefined : parseFilter([filter]);
    } catch (err) {
      if (!(err instanceof FilterError)) throw err;
      this.problem = err.message;
      this.changed.fire({ listChanged: false });
      return err.message;
    }
    this.filterText = filter;
    this.problem = undefined;
    this.publish();
    return undefined;
  }

  setSort(by: DocumentSort): void {
    if (by === this.order) return;
    this.order = by;
    this.publish();
  }

  dispose(): void {
    this.changed.dispose();
  }

  private publish(fire = true): void {
    setContext(CONTEXT.documentsSort, this.order);
    setContext(CONTEXT.documentsFiltered, this.filterText !== '');
    if (fire) this.changed.fire({ listChanged: true });
  }
}
