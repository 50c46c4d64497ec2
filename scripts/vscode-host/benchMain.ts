// The command-line shell of the editor benches (`npm run bench:editor`, `npm run bench:panel`):
// a bad command line prints the message and the usage (exit code 2), --help the usage, else the
// bench runs and its result is the exit code (1 when it throws).

export function runBenchMain<O extends { help: boolean }>(
  tag: string,
  usage: string,
  parse: (argv: readonly string[]) => O,
  bench: (opts: O) => Promise<number>,
): void {
  const main = (argv: readonly string[]): Promise<number> => {
    let opts: O;
    try {
      opts = parse(argv);
    } catch (err) {
      console.error(`${tag} ${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
      return Promise.resolve(2);
    }
    if (opts.help) {
      process.stdout.write(usage);
      return Promise.resolve(0);
    }
    return bench(opts);
  };
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`${tag} ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
