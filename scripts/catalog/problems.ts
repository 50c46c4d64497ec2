// Collects everything wrong with the fact files, so that one build run reports all of it (with
// the file, the entry and its line) instead of stopping at the first problem.

export interface Problem {
  file: string;
  line: number;
  /** The entry's id, or a short label when it has none. */
  entry: string;
  message: string;
}

export class Problems {
  readonly list: Problem[] = [];

  add(file: string, line: number, entry: string, message: string): void {
    this.list.push({ file, line, entry, message });
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  /** One line per problem, in file and line order. */
  format(): string {
    return [...this.list]
      .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))
      .map((p) => `${p.file}:${p.line}: '${p.entry}': ${p.message}`)
      .join('\n');
  }
}
