/** "1 error", "2 warnings", "3 entities" (with the plural given). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
