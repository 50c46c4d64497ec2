// Every feature is activated one way (src/services/featureServices.ts): `activateX(services):
// FeatureActivation<Api>`, taking the shared services alone, and extension.ts activates each.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const FEATURES = path.join(ROOT, 'src', 'features');

/** Each `export function activate…(…): …` of the features: its name, parameters and return type. */
function activations(): Array<{ file: string; name: string; params: string; returns: string }> {
  const found = [];
  for (const file of readdirSync(FEATURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(FEATURES, file), 'utf8');
    for (const m of text.matchAll(/^export (?:async )?function (activate\w*)\((.*)\): (.*) \{$/gm)) {
      found.push({ file, name: m[1], params: m[2], returns: m[3] });
    }
  }
  return found;
}

describe('feature activation', () => {
  const all = activations();

  it('is found in the features', () => {
    assert.ok(all.length >= 10, `${all.length} activations`);
  });

  it('takes the shared services alone and returns a FeatureActivation', () => {
    for (const a of all) {
      assert.match(a.params, /^(services|\{ [\w, ]+ \}): (Annotation)?FeatureServices$/, `${a.file}: ${a.name}(${a.params})`);
      assert.match(a.returns, /^FeatureActivation(<.+>)?$/, `${a.file}: ${a.name} returns ${a.returns}`);
    }
  });

  it('is wired by extension.ts, once each', () => {
    const extension = readFileSync(path.join(ROOT, 'src', 'extension.ts'), 'utf8');
    for (const { name } of all) assert.equal(extension.split(`${name}(`).length - 1, 1, `${name} is called once`);
  });
});
