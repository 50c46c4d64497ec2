// Polls a condition in the extension host until it holds or the time is up. The message may be a
// function, to say what was seen last when the time is up.
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  message: string | (() => string),
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${typeof message === 'string' ? message : message()} (after ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
