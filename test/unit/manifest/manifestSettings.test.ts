// The settings mirror (src/vscode/settings.ts) is package.json's `contributes.configuration`:
// the same settings, each with the same type, default, scope and values, both ways.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { SECTION, SETTINGS, settingId, type Setting } from '../../../src/vscode/settings';

interface Property {
  type: string;
  default: unknown;
  scope?: string;
  enum?: string[];
}
interface Manifest {
  contributes: { configuration: { properties: Record<string, Property> } };
}

const properties = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as Manifest).contributes.configuration.properties;
const mirrored: ReadonlyArray<[string, Setting]> = Object.entries(SETTINGS);

/** The camel-case name of a key: `trees.sortBy` → `treesSortBy`. */
function camelCase(key: string): string {
  return key
    .split('.')
    .map((part, i) => (i === 0 ? part : part[0].toUpperCase() + part.slice(1)))
    .join('');
}

describe('manifest settings', () => {
  it('contributes exactly the settings the code mirrors', () => {
    assert.deepEqual(Object.keys(properties).sort(), mirrored.map(([, s]) => settingId(s)).sort());
    for (const id of Object.keys(properties)) assert.ok(id.startsWith(`${SECTION}.`), id);
  });

  it('declares each with the type, default, scope and values the code reads it with', () => {
    for (const [, setting] of mirrored) {
      const declared = properties[settingId(setting)];
      const mirror: Property = { type: setting.type, default: setting.default, scope: setting.scope };
      if ('enum' in setting && setting.enum) mirror.enum = [...setting.enum];
      const { type, default: value, scope, enum: values } = declared;
      assert.deepEqual({ type, default: value, scope, ...(values ? { enum: values } : {}) }, mirror, settingId(setting));
    }
  });

  it('names each mirror by its key', () => {
    for (const [name, setting] of mirrored) assert.equal(name, camelCase(setting.key));
  });
});
