// Stops a child started with `detached: true` (its own process group) by signalling the whole
// group: SIGTERM first, SIGKILL for what is still there after a grace period.
import { groupMembers } from './processTree';

function groupAlive(pgid: number): boolean {
  return groupMembers(pgid).length > 0;
}

export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

export async function stopProcessGroup(pgid: number, graceMs = 5000): Promise<void> {
  signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (groupAlive(pgid)) signalGroup(pgid, 'SIGKILL');
  while (groupAlive(pgid) && Date.now() < deadline + 2000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
