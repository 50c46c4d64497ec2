// Growing the catalog from the text (issue 4, point 6): the two commands of the editor's context
// menu that turn a selection into a new entity or an alias of one.
import * as vscode from 'vscode';
import { registerCommand } from '../../vscode/commands';
import { COMMANDS } from '../../vscode/commandIds';
import type { FeatureActivation, FeatureServices } from '../../services/featureServices';
import { addAliasFromSelection } from './addAliasCommand';
import { addEntityFromSelection } from './addEntityCommand';
import { auditCatalog } from '../catalogAudit/auditCatalog';
import { Prompts } from './prompts';

/** Its api: the prompts of its commands (tests answer them through `onDidShow`). */
export function activateCatalogEditing(services: FeatureServices): FeatureActivation<Prompts> {
  const prompts = new Prompts();
  const disposable = vscode.Disposable.from(
    prompts,
    registerCommand(
      services.log,
      COMMANDS.addEntityFromSelection,
      'Add Selection as New Entity',
      (arg: unknown) => addEntityFromSelection(services, prompts, arg),
      services.readiness.before(['index']),
    ),
    registerCommand(
      services.log,
      COMMANDS.auditCatalog,
      'Audit Catalog',
      () => auditCatalog(services.corpus, prompts),
      services.readiness.before(['index']),
    ),
    registerCommand(
      services.log,
      COMMANDS.addAliasFromSelection,
      'Add Selection as Alias',
      (arg: unknown) => addAliasFromSelection(services, prompts, arg),
      services.readiness.before(['index']),
    ),
  );
  return { disposable, api: prompts };
}
