// Streams what is appended to a file (e.g. the mocha log written in the extension host).
import * as fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export function followFile(file: string, onText: (text: string) => void, intervalMs = 200): () => void {
  let offset = 0;
  const decoder = new StringDecoder('utf8'); // a chunk may end inside a character
  const poll = (): void => {
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      return; // not created yet
    }
    if (size <= offset) return;
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(size - offset);
      fs.readSync(fd, buf, 0, buf.length, offset);
      offset = size;
      onText(decoder.write(buf));
    } finally {
      fs.closeSync(fd);
    }
  };
  const timer = setInterval(poll, intervalMs);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    poll(); // flush what came last
  };
}
