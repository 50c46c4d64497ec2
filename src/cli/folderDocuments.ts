/**
 * The corpus documents of a folder, read one at a time (memory does not grow with the corpus); a
 * document that cannot be read is reported on stderr and counted, and the others go on.
 */
import { isCorpusDocument } from '../core/ports';
import { describeError } from './cliError';
import type { CliEnv, Folder } from './cliEnv';

export class FolderDocuments {
  /** Documents that could not be read so far. */
  unreadable = 0;

  constructor(private readonly folder: Folder, private readonly env: CliEnv) {}

  async *read(): AsyncGenerator<{ path: string; text: string }> {
    for await (const path of this.folder.store.list(isCorpusDocument)) {
      if (this.env.out.closed) return;
      try {
        yield { path, text: await this.folder.store.readText(path) };
      } catch (error) {
        this.unreadable++;
        await this.env.err.write(`${this.folder.display(path)}: error: cannot read the document: ${describeError(error)}\n`);
      }
    }
  }
}
