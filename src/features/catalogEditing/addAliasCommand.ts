// "Add Selection as Alias of…": the selection becomes another spelling of an entity picked from a
// list that puts the likely ones first (a spelling containing it, its initials, a shared start).
import * as vscode from 'vscode';
import { builtInNamed } from '../../core/catalog/catalogExtends';
import { rankAliasTargets } from '../../core/catalog/edit/aliasTargets';
import { addAlias } from '../../core/catalog/edit/catalogEdit';
import type { Entity } from '../../core/catalog/catalogTypes';
import { iconSafe } from '../../core/text/iconSafe';
import { plainMessage } from '../../core/text/plainMessage';
import type { FeatureServices } from '../../services/featureServices';
import { showRefusal, writeCatalog, type WriteOutcome } from './catalogWriter';
import { commandArgs, startEdit } from './editingContext';
import { announceEntity, mentionFigures } from './editAnnouncements';
import type { Prompts } from './prompts';
import { byMentions, spellingProblem } from './spellingCheck';

/** Answers that skip prompts (scripts, tests); the editor's context menu passes a URI instead. */
export interface AddAliasArgs {
  /** Id of the entity that gets the alias. */
  entity?: string;
  /** The alias (default: the selection). */
  alias?: string;
  ignoreCase?: boolean;
}

type EntityItem = vscode.QuickPickItem & { entity?: Entity };

function entityItem(e: Entity, mentions: number): EntityItem {
  const spellings = e.aliases.map((a) => a.text).join(', ');
  return {
    label: iconSafe(e.name),
    description: iconSafe(`${e.type} · ${e.kind} · ${mentions} mentions`),
    detail: iconSafe([e.description, spellings && `also: ${spellings}`].filter(Boolean).join(' — ')),
    entity: e,
  };
}

async function pickEntity(services: FeatureServices, prompts: Prompts, alias: string): Promise<Entity | undefined> {
  const mentions = (e: Entity): number => mentionFigures(services, e.id).mentions;
  const ranked = rankAliasTargets(byMentions(services.corpus.catalog.entities, mentions), alias);
  const likely = ranked.filter((r) => r.score > 0).map((r) => entityItem(r.entity, mentions(r.entity)));
  const rest = ranked.filter((r) => r.score === 0).map((r) => entityItem(r.entity, mentions(r.entity)));
  const separator = (label: string): EntityItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const items = likely.length > 0 ? [separator('likely'), ...likely, separator('all entities'), ...rest] : rest;
  const chosen = await prompts.pick(items, plainMessage(`Entity that '${alias}' is another spelling of`), { title: 'Add Alias' });
  return chosen?.entity;
}

export async function addAliasFromSelection(services: FeatureServices, prompts: Prompts, raw: unknown): Promise<WriteOutcome | undefined> {
  const { corpus, log } = services;
  const args = commandArgs<AddAliasArgs>(raw);
  // Trimmed as the core stores it, so the check that the index holds it compares like with like.
  const alias = startEdit(corpus, args.alias)?.trim();
  if (alias === undefined || alias === '') return undefined;
  const problem = spellingProblem(corpus.catalog.entities, alias);
  if (problem && !args.entity) {
    log.warn(problem);
    void vscode.window.showWarningMessage(problem);
    return undefined;
  }
  const entity = args.entity !== undefined ? corpus.catalog.byId.get(args.entity) : await pickEntity(services, prompts, alias);
  if (!entity) {
    if (args.entity !== undefined) throw new Error(plainMessage(`there is no entity with id '${args.entity}' in the catalog`));
    return undefined;
  }
  const uri = corpus.catalogUri(entity.location.file);
  if (!uri && builtInNamed(entity.location.file)) {
    throw new Error(
      plainMessage(
        `${entity.name} comes from the ${entity.location.file}, which is never edited: add an entry with id '${entity.id}' to your entities.yaml (it extends the world entity) and give it the alias there`,
      ),
    );
  }
  if (!uri) throw new Error(plainMessage(`the catalog file ${entity.location.file} of '${entity.id}' is not open in this workspace`));
  const before = mentionFigures(services, entity.id).mentions;
  const added = { text: alias, ignoreCase: args.ignoreCase ?? false };
  const outcome = await writeCatalog(
    corpus,
    uri,
    (text, file, others) => addAlias(text, file, entity.id, added, others),
    (e) => e.aliases.some((a) => a.text === added.text),
  );
  if (outcome.result.ok) announceEntity(services, outcome, `Added '${alias}' as an alias of ${entity.name}`, before);
  else showRefusal(corpus, log, `Could not add '${alias}' to ${entity.name}`, outcome.result.error);
  return outcome;
}
