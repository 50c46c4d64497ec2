import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { COMMANDS, HOVER_COMMANDS } from '../../../src/vscode/commandIds';

interface Manifest {
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, Array<{ command?: string }>>;
    keybindings: Array<{ command: string }>;
    viewsWelcome: Array<{ contents: string }>;
    walkthroughs: Array<{ steps: Array<{ description: string; media: { markdown: string } }> }>;
  };
}

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as Manifest;
const contributed = manifest.contributes.commands.map((c) => c.command);
const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);

describe('manifest', () => {
  it('contributes exactly the commands the code names, each under the one category', () => {
    assert.deepEqual([...contributed].sort(), Object.values(COMMANDS).sort());
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Policy Annotator', c.command);
  });

  it('refers only to contributed commands from menus, keybindings and welcome views', () => {
    const referenced = [
      ...Object.values(manifest.contributes.menus)
        .flat()
        .map((m) => m.command),
      ...manifest.contributes.keybindings.map((k) => k.command),
      ...[...manifest.contributes.viewsWelcome.map((w) => w.contents), ...steps.map((s) => s.description)].flatMap((text) =>
        [...text.matchAll(/command:(policyAnnotator\.[\w.]+)/g)].map((m) => m[1]),
      ),
    ];
    for (const id of referenced) assert.ok(id && contributed.includes(id), `${id} is not a contributed command`);
  });

  it('has a walkthrough whose every step shows a page that exists', () => {
    assert.ok(steps.length >= 4);
    for (const step of steps) assert.ok(fs.existsSync(step.media.markdown), step.media.markdown);
  });

  it('hides internal commands from the palette', () => {
    const hidden = manifest.contributes.menus.commandPalette.filter((m) => (m as { when?: string }).when === 'false').map((m) => m.command);
    assert.deepEqual(
      hidden.sort(),
      [
        COMMANDS.openEntityDefinition,
        COMMANDS.openMention,
        COMMANDS.revealAnnotation,
        COMMANDS.showMoreInTree,
        COMMANDS.showMoreDocuments,
      ].sort(),
    );
  });

  it('lets hover cards link only to commands that exist', () => {
    for (const id of HOVER_COMMANDS) assert.ok(contributed.includes(id), id);
  });
});
