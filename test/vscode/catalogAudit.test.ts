// "Audit Catalog" in the editor: the audit of the sample corpus in a pick list, biggest problems
// first; a finding leads to its longer names, and one of them opens the document at the match.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AuditReport } from '../../src/core/matcher/catalogAudit';
import { COMMANDS } from '../../src/vscode/commandIds';
import { extensionApi } from './support/extensionApi';
import { choose, PromptQueue } from './support/quickInput';

describe('catalog audit in the editor', function () {
  this.timeout(60_000);

  it('lists the findings, opens an occurrence of a longer name with the match selected', async () => {
    const api = await extensionApi();
    const prompts = new PromptQueue(api.catalogPrompts);
    try {
      const run = vscode.commands.executeCommand<AuditReport | undefined>(COMMANDS.auditCatalog);
      const findings = await prompts.next(/^Catalog audit: \d+ names to look at, \d+ entities never mentioned/);
      const pick = findings.widget as vscode.QuickPick<
        vscode.QuickPickItem & { finding?: { spelling: string; entity: string; insideCount: number } }
      >;
      const first = pick.items.find((i) => i.finding && i.finding.insideCount > 0);
      assert.ok(first?.finding, 'a name found inside longer names is listed');
      assert.ok(
        pick.items.some((i) => i.kind === vscode.QuickPickItemKind.Separator && /^Never mentioned/.test(i.label)),
        'entities never mentioned come last',
      );
      await choose(findings, first.label);
      const places = await prompts.next(new RegExp(`^"${first.finding.spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
      const place = (places.widget as vscode.QuickPick<vscode.QuickPickItem>).items[0];
      await choose(places, place.label);
      const report = await run;
      assert.ok(report && report.documents >= 5, 'the whole corpus was audited');
      const editor = vscode.window.activeTextEditor;
      assert.equal(
        editor?.document.getText(editor.selection).replace(/\s+/g, ' '),
        first.finding.spelling,
        'the document is open at the match',
      );
      assert.ok(place.label.includes(first.finding.spelling), `the longer name ${place.label} holds it`);
    } finally {
      prompts.dispose();
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
