// "Add Selection as New Entity…": the selection as the name (editable), then kind, type and (when
// there are several) the catalog file; the entity is spliced into the catalog and lights up at once.
import * as vscode from 'vscode';
import { addEntity } from '../../core/catalog/edit/catalogEdit';
import type { EntityKind } from '../../core/catalog/catalogTypes';
import { iconSafe } from '../../core/text/iconSafe';
import { plainMessage } from '../../core/text/plainMessage';
import type { FeatureServices } from '../../services/featureServices';
import { showRefusal, writeCatalog, type WriteOutcome } from './catalogWriter';
import { chooseCatalog, commandArgs, startEdit } from './editingContext';
import { announceEntity } from './editAnnouncements';
import type { Prompts } from './prompts';
import { spellingProblem } from './spellingCheck';

/** Answers that skip prompts (scripts, tests); the editor's context menu passes a URI instead. */
export interface AddEntityArgs {
  name?: string;
  kind?: EntityKind;
  type?: string;
  /** A catalog file: its URI string or workspace-relative path. */
  catalog?: string;
}

const KINDS: ReadonlyArray<vscode.QuickPickItem & { entityKind: EntityKind }> = [
  { label: 'actor', description: 'states, people, organisations, groups: who acts', entityKind: 'actor' },
  {
    label: 'institution',
    description: 'organisations, blocs, forums, banks, agreements: where and how they act',
    entityKind: 'institution',
  },
];
const OTHER_TYPE = 'Other type…';

async function pickType(services: FeatureServices, prompts: Prompts, kind: EntityKind, totalSteps: number): Promise<string | undefined> {
  const counts = new Map<string, number>();
  for (const e of services.corpus.catalog.entities) if (e.kind === kind) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const items = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type, n]) => ({ label: iconSafe(type), description: `${n} ${n === 1 ? 'entity' : 'entities'}`, type }));
  const step = { title: 'Add Entity: type', step: 3, totalSteps };
  const chosen = await prompts.pick(
    [...items, { label: OTHER_TYPE, description: 'a type the catalog does not use yet', type: '' }],
    `Type of the ${kind} (the group it shows under in the tree)`,
    step,
  );
  if (!chosen || chosen.type !== '') return chosen?.type;
  return prompts.input('', 'New type, e.g. think-tank, city, treaty', step, (v) =>
    v.trim() === '' ? 'Enter a type' : /[\r\n]/.test(v) ? 'One line only' : undefined,
  );
}

export async function addEntityFromSelection(services: FeatureServices, prompts: Prompts, raw: unknown): Promise<WriteOutcome | undefined> {
  const { corpus, log } = services;
  const args = commandArgs<AddEntityArgs>(raw);
  const selection = startEdit(corpus, args.name);
  if (selection === undefined) return undefined;
  const totalSteps = corpus.catalogFiles.length > 1 && args.catalog === undefined ? 4 : 3;
  const name =
    args.name ??
    (await prompts.input(
      selection,
      'Name of the new entity (matched as written; aliases can follow)',
      { title: 'Add Entity: name', step: 1, totalSteps },
      (v) => spellingProblem(corpus.catalog.entities, v),
    ));
  if (name === undefined) return undefined;
  const kind =
    args.kind ??
    (await prompts.pick(KINDS, plainMessage(`Kind of ${name}`), { title: 'Add Entity: kind', step: 2, totalSteps }))?.entityKind;
  if (kind === undefined) return undefined;
  const type = args.type ?? (await pickType(services, prompts, kind, totalSteps));
  if (type === undefined) return undefined;
  const uri = await chooseCatalog(corpus, prompts, args.catalog, { step: 4, totalSteps });
  if (!uri) return undefined;
  const outcome = await writeCatalog(
    corpus,
    uri,
    (text, file, others) => addEntity(text, file, { name, kind, type }, others),
    (e) => e.name === name.trim(),
  );
  if (outcome.result.ok) announceEntity(services, outcome, `Added ${name} (${kind}, ${type})`);
  else showRefusal(corpus, log, `Could not add ${name}`, outcome.result.error);
  return outcome;
}
