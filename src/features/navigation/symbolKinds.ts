// The symbol icon of an entity in the Outline, breadcrumbs and symbol search: one per catalog type,
// a default per kind for types the table does not know.
import * as vscode from 'vscode';
import type { Entity, EntityKind } from '../../core/catalog/catalogTypes';

const BY_TYPE: Record<string, vscode.SymbolKind> = {
  state: vscode.SymbolKind.Module,
  person: vscode.SymbolKind.Field,
  group: vscode.SymbolKind.Struct,
  organisation: vscode.SymbolKind.Class,
  bloc: vscode.SymbolKind.Namespace,
  bank: vscode.SymbolKind.Object,
  forum: vscode.SymbolKind.Event,
  dialogue: vscode.SymbolKind.Event,
  body: vscode.SymbolKind.Struct,
  agreement: vscode.SymbolKind.Interface,
  initiative: vscode.SymbolKind.Function,
  currency: vscode.SymbolKind.Number,
};

const BY_KIND: Record<EntityKind, vscode.SymbolKind> = {
  actor: vscode.SymbolKind.Class,
  institution: vscode.SymbolKind.Object,
};

export function entitySymbolKind(entity: Entity): vscode.SymbolKind {
  return Object.hasOwn(BY_TYPE, entity.type) ? BY_TYPE[entity.type] : BY_KIND[entity.kind];
}

/** A group of entities (Actors, Institutions) in the Outline. */
export const GROUP_SYMBOL_KIND = vscode.SymbolKind.Package;

/** One mention of an entity: a piece of text. */
export const MENTION_SYMBOL_KIND = vscode.SymbolKind.String;
