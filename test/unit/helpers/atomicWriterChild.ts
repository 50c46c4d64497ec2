// Child process for the crash test: rewrites one file atomically in a loop, alternating two
// versions, until it is killed. Prints "wrote <n>" after the first write and every fifth.
import { writeFileAtomic } from '../../../src/node/nodeAtomicFileStore';
import { crashVersions } from './crashVersions';

const [target, size] = process.argv.slice(2);
const versions = crashVersions(Number(size));
void (async () => {
  for (let i = 1; ; i++) {
    await writeFileAtomic(target, versions[i % 2]);
    if (i === 1 || i % 5 === 0) process.stdout.write(`wrote ${i}\n`);
  }
})();
