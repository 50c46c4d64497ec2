// Ctrl-C (SIGINT), SIGTERM and SIGHUP: run the cleanup once, then exit with 128 + signal number.
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

export function onInterrupt(cleanup: (signal: NodeJS.Signals) => Promise<void>): () => void {
  let handling = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (handling) return; // a second Ctrl-C while cleaning up: keep cleaning
    handling = true;
    console.error(`\n[host] ${signal}: stopping the VS Code host...`);
    cleanup(signal)
      .catch((err: unknown) => console.error(`[host] cleanup failed: ${String(err)}`))
      .finally(() => process.exit(128 + SIGNALS[signal as keyof typeof SIGNALS]));
  };
  for (const s of Object.keys(SIGNALS)) process.on(s, handler);
  return () => {
    for (const s of Object.keys(SIGNALS)) process.off(s, handler);
  };
}
