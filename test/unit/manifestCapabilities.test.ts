import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';

interface Capability { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] }
interface Manifest {
  capabilities: { untrustedWorkspaces: Capability; virtualWorkspaces: Capability };
  contributes: { configuration: { properties: Record<string, { scope?: string }> } };
}

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as Manifest;

describe('manifest capabilities', () => {
  it('runs read-only in untrusted workspaces, ignoring the workspace\'s own file globs', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.match(untrusted.description ?? '', /never writes/);
    const settings = manifest.contributes.configuration.properties;
    const globs = Object.keys(settings).filter((k) => /\.(catalogFiles|documents|exclude)$/.test(k));
    assert.deepEqual(untrusted.restrictedConfigurations, globs);
    for (const key of globs) assert.equal(settings[key].scope, 'resource', `${key} can be set per workspace, hence restricted`);
  });

  it('says what works in virtual workspaces', () => {
    const virtual = manifest.capabilities.virtualWorkspaces;
    assert.equal(virtual.supported, 'limited');
    assert.ok((virtual.description ?? '').length > 40);
  });
});
