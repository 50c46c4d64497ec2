// Child process for the concurrency test: another window adding annotations to one sidecar, each
// through a fresh read, an add and a save that merges with what the other writers did meanwhile.
import { NodeAtomicFileStore } from '../../../src/node/nodeAtomicFileStore';
import { saveSidecar } from '../../../src/core/sidecars/saveSidecar';
import { loadSidecar } from '../../../src/core/sidecars/sidecarLoad';

const [root, file, name, count] = process.argv.slice(2);
const store = new NodeAtomicFileStore(root);
void (async () => {
  for (let i = 0; i < Number(count); i++) {
    const read = (await store.read(file))!;
    const model = loadSidecar(read.text, file);
    model.add({ id: `${name}-${i}`, codes: ['hedging'], target: { exact: `${name} ${i}` } });
    const outcome = await saveSidecar(store, file, model, read.version);
    if (!outcome.ok) throw new Error(outcome.reason);
  }
})().catch((err) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
