// The workspace the editor opens in tests: a copy of corpus/ (tests may modify it). Activation
// needs an entity catalog (`workspaceContains:**/entities.yaml`); if the copy has none, a minimal
// one is written so the extension still activates.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './hostPaths';

export const CORPUS_DIR = path.join(REPO_ROOT, 'corpus');

const MINIMAL_CATALOG = `# Written by the test runner: the workspace copy had no entities.yaml.
entities:
  - id: asean
    name: ASEAN
    kind: institution
    type: organisation
    aliases: [Association of Southeast Asian Nations]
  - id: russia
    name: Russia
    kind: actor
    type: state
    aliases: [Russian Federation]
`;

function hasCatalog(dir: string): boolean {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => path.basename(f) === 'entities.yaml');
}

export function ensureCatalog(workspace: string): void {
  if (!hasCatalog(workspace)) fs.writeFileSync(path.join(workspace, 'entities.yaml'), MINIMAL_CATALOG);
}
