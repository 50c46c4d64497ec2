// Finds a TCP port on 127.0.0.1 that nothing listens on.
import * as net from 'node:net';

export function freePort(preferred?: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (preferred !== undefined && err.code === 'EADDRINUSE') resolve(freePort());
      else reject(err);
    });
    server.listen(preferred ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
