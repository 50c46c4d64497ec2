/** The two complete versions the crash-test writer alternates between (first and last line mark them). */
export function crashVersions(size: number): [string, string] {
  return [`A\n${'a'.repeat(size)}\nend A\n`, `B\n${'b'.repeat(size)}\nend B\n`];
}
