// Catalog editing security: names, ids and aliases from someone else's catalog reach the edit
// commands' notifications, refusals and error messages. VS Code renders `[label](command:…)` there
// as a link that runs the command, so none of it may come out as one. Every such message is also
// written to the output log as it is shown; the log lines are checked with VS Code's own pattern.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { NOTIFICATION_LINK } from '../../src/core/text/plainMessage';
import type { WriteOutcome } from '../../src/features/catalogEditing/catalogWriter';
import { spellingProblem } from '../../src/features/catalogEditing/spellingCheck';
import { COMMANDS } from '../../src/vscode/commandIds';
import { encoder } from './support/catalogFiles';
import { extensionApi, workspaceUri } from './support/extensionApi';
import { waitFor } from './support/waitFor';

const LINK = '[x](command:workbench.action.quit)';
const ID = `evil-${LINK}`;
const NAME = `Zorblax ${LINK}`;
const CATALOG = `entities:
  - id: ${JSON.stringify(ID)}
    name: ${JSON.stringify(NAME)}
    kind: actor
    type: state
    aliases: [Zorbland]
`;

const links = (text: string): string[] => [...text.matchAll(NOTIFICATION_LINK)].map((m) => m[0]);
const readable = (text: string): string => text.replace(/\u200b/g, '');

describe('catalog editing security', function () {
  this.timeout(60_000);
  const folder = (): vscode.Uri => workspaceUri('hostile-edit');

  it('names a hostile entity in its announcements, refusals and errors without a clickable link', async () => {
    const api = await extensionApi();
    const seen = api.log.lines().length;
    const run = (args: object): Thenable<WriteOutcome | undefined> => vscode.commands.executeCommand(COMMANDS.addAliasFromSelection, args);
    try {
      await vscode.workspace.fs.createDirectory(folder());
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'entities.yaml'), encoder.encode(CATALOG));
      await waitFor(() => api.corpus.catalog.byId.has(ID), 15_000, 'hostile catalog indexed');

      const added = await run({ entity: ID, alias: 'Zorbo' });
      assert.ok(added?.result.ok, 'the alias is added');
      const refused = await run({ entity: 'russia', alias: 'Zorbland' });
      assert.ok(refused && !refused.result.ok, 'an alias the hostile entity owns is refused');
      assert.equal(await run({ entity: `nobody ${LINK}`, alias: 'Zorbo' }), undefined, 'an unknown id fails');
      assert.equal(await run({ alias: 'Zorbland' }), undefined, 'a spelling taken is refused before any prompt');

      const lines = api.log.lines().slice(seen);
      const announced = lines.find((l) => l.includes("Added 'Zorbo' as an alias of"));
      assert.ok(announced && readable(announced).includes(NAME), `the announcement names the entity: ${announced}`);
      assert.ok(
        lines.some((l) => readable(l).includes(`'Zorbland' is already an alias of '${ID}'`)),
        'the refusal names the owner',
      );
      assert.ok(
        lines.some((l) => readable(l).includes(`there is no entity with id 'nobody ${LINK}'`)),
        'the error names the id',
      );
      for (const line of lines) assert.deepEqual(links(line), [], line);
      const problem = spellingProblem(api.corpus.catalog.entities, 'Zorbland') ?? '';
      assert.ok(readable(problem).includes(NAME), problem);
      assert.deepEqual(links(problem), [], problem);
    } finally {
      // Forgotten before the next test: a second catalog would make Add Entity ask which file.
      await vscode.workspace.fs.delete(folder(), { recursive: true });
      await waitFor(() => !api.corpus.catalog.byId.has(ID) && api.corpus.catalogFiles.length === 1, 15_000, 'hostile catalog forgotten');
    }
  });
});
