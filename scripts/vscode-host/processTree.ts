// Reads /proc: the processes this process started (for peak memory), and the processes a run
// left behind (by process group or by naming the run folder), to make sure none survive it.
import * as fs from 'node:fs';

export interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
  rssBytes: number;
}

const PAGE_SIZE = 4096;

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, state: f[0] ?? '?', ppid: Number(f[1]), pgid: Number(f[2]), rssBytes: Number(f[21]) * PAGE_SIZE };
  } catch {
    return undefined; // exited meanwhile, or no /proc
  }
}

function allProcs(): ProcInfo[] {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  return entries.map((e) => readProc(Number(e))).filter((p): p is ProcInfo => p !== undefined && p.pid !== process.pid);
}

function cmdline(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Every living descendant of this process. */
export function descendants(): ProcInfo[] {
  const children = new Map<number, ProcInfo[]>();
  for (const p of allProcs()) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: ProcInfo[] = [];
  const stack = [process.pid];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop() as number) ?? []) {
      out.push(child);
      stack.push(child.pid);
    }
  }
  return out;
}

/** Process groups of the processes whose command line names `text` (e.g. a browser profile). */
export function groupsNaming(text: string): number[] {
  return [
    ...new Set(
      allProcs()
        .filter((p) => cmdline(p.pid).includes(text))
        .map((p) => p.pgid),
    ),
  ];
}

/** Living (not zombie: those are dead, waiting to be reaped) members of a process group. */
export function groupMembers(pgid: number): ProcInfo[] {
  return allProcs().filter((p) => p.pgid === pgid && p.state !== 'Z');
}

/** SIGKILLs what is still alive in `groups` or names `text`; returns how many there were. */
export function killLeftovers(groups: readonly number[], text: string): number {
  const left = allProcs().filter((p) => p.state !== 'Z' && (groups.includes(p.pgid) || cmdline(p.pid).includes(text)));
  for (const p of left) {
    if (process.env.POLICY_ANNOTATOR_DEBUG_HOST)
      console.warn(`[host] leftover ${p.pid} pgid ${p.pgid} state ${p.state}: ${cmdline(p.pid).slice(0, 200)}`);
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  return left.length;
}

function pssBytes(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface MemoryPeak {
  /** Peak of the summed resident set sizes (counts shared pages once per process). */
  rssMB: number;
  /** Peak of the summed proportional set sizes (shared pages split between sharers). */
  pssMB: number;
}

/** Samples the memory of this process's descendants (server + browser) until stopped. */
export class MemorySampler {
  private rss = 0;
  private pss = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 500) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    const procs = descendants();
    this.rss = Math.max(
      this.rss,
      procs.reduce((sum, p) => sum + p.rssBytes, 0),
    );
    this.pss = Math.max(
      this.pss,
      procs.reduce((sum, p) => sum + pssBytes(p.pid), 0),
    );
  }

  stop(): MemoryPeak {
    clearInterval(this.timer);
    const mb = (b: number): number => Math.round(b / 1024 / 1024);
    return { rssMB: mb(this.rss), pssMB: mb(this.pss) };
  }
}
