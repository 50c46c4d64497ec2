import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { COMMANDS } from '../../../src/vscode/commandIds';

interface Capability {
  supported: boolean | 'limited';
  description?: string;
  restrictedConfigurations?: string[];
}
interface Manifest {
  capabilities: { untrustedWorkspaces: Capability; virtualWorkspaces: Capability };
  contributes: {
    configuration: { properties: Record<string, { scope?: string }> };
    menus: Record<string, Array<{ command?: string; when?: string }>>;
    keybindings: Array<{ command: string; when?: string }>;
  };
}

/** Commands that write workspace files (catalog, codebook, sidecars): never offered in Restricted Mode. */
const WRITE_COMMANDS = [
  COMMANDS.addEntityFromSelection,
  COMMANDS.addAliasFromSelection,
  COMMANDS.createCatalog,
  COMMANDS.tagSelection,
  COMMANDS.editAnnotation,
  COMMANDS.deleteAnnotation,
  COMMANDS.acceptAnnotationPlace,
  COMMANDS.reattachAnnotation,
  COMMANDS.createCode,
  COMMANDS.renameCode,
  COMMANDS.mergeCode,
];

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as Manifest;

describe('manifest capabilities', () => {
  it("runs read-only in untrusted workspaces, ignoring the workspace's own file globs", () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.match(untrusted.description ?? '', /never writes/);
    const settings = manifest.contributes.configuration.properties;
    const globs = Object.keys(settings).filter((k) => /\.(catalogFiles|documents|exclude|codebookFiles)$/.test(k));
    assert.deepEqual(untrusted.restrictedConfigurations, globs);
    for (const key of globs) assert.equal(settings[key].scope, 'resource', `${key} can be set per workspace, hence restricted`);
  });

  it('says what works in virtual workspaces', () => {
    const virtual = manifest.capabilities.virtualWorkspaces;
    assert.equal(virtual.supported, 'limited');
    assert.ok((virtual.description ?? '').length > 40);
  });

  it('offers the commands that write files only in a trusted workspace, in every menu and the palette', () => {
    const entries = Object.entries(manifest.contributes.menus).flatMap(([menu, items]) => items.map((item) => ({ menu, ...item })));
    for (const command of WRITE_COMMANDS) {
      const own = entries.filter((e) => e.command === command);
      assert.ok(
        own.some((e) => e.menu === 'commandPalette'),
        `${command} has a palette entry (else the palette shows it always)`,
      );
      for (const e of own) assert.match(e.when ?? '', /(^|&&\s*)isWorkspaceTrusted(\s*&&|$)/, `${command} in ${e.menu}`);
    }
  });

  // The workbench sets isWorkspaceTrusted only once it has created its restored-phase contributions
  // (when idle), up to seconds after the editor shows a document: a key bound on it would do nothing
  // when pressed that early. The commands refuse in Restricted Mode themselves, with a message.
  it('lets no key binding wait for the workspace trust key', () => {
    for (const k of manifest.contributes.keybindings) assert.doesNotMatch(k.when ?? '', /isWorkspaceTrusted/, k.command);
  });
});
