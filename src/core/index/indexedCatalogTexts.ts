/**
 * The catalog texts the index is built from, so a catalog event (a save, a revert, a file changed
 * on disk) that brings nothing new does not start another full rebuild: after "Add Entity" the
 * extension rebuilds at once, and the save's own events then find that text already indexed.
 *
 * Builds are numbered; a newer one supersedes an older one. While a build runs, a file it has not
 * read yet counts as current (it will read the text as it is from now on), so an event during the
 * build only rebuilds when the build read an older text, or when the file is not one it reads.
 */
export class IndexedCatalogTexts {
  private generation = 0;
  private running = false;
  /** Files the running build lists (undefined until its listing is done). */
  private listed: ReadonlySet<string> | undefined;
  /** Files of the last finished listing. */
  private known: ReadonlySet<string> = new Set();
  private texts = new Map<string, string>();

  /** A build starts: what earlier builds read no longer counts. */
  begin(generation: number): void {
    this.generation = generation;
    this.running = true;
    this.listed = undefined;
    this.texts = new Map();
  }

  /** The build found these catalog files. */
  list(generation: number, files: readonly string[]): void {
    if (generation !== this.generation) return;
    this.listed = new Set(files);
    this.known = this.listed;
  }

  /** The build read this text of a catalog file. */
  read(generation: number, file: string, text: string): void {
    if (generation === this.generation) this.texts.set(file, text);
  }

  /** The build ended: a failed one indexed nothing, so every later event rebuilds. */
  end(generation: number, succeeded: boolean): void {
    if (generation !== this.generation) return;
    this.running = false;
    if (!succeeded) this.texts = new Map();
  }

  /** True when the index holds (or the running build will hold) this text of this file. */
  holds(file: string, text: string): boolean {
    const read = this.texts.get(file);
    if (read !== undefined) return read === text;
    return this.running && (this.listed ?? this.known).has(file);
  }
}
