import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The proxy Firefox is pointed at: it records every request that reaches the network (anything
 * the BiDi interception did not answer, such as the MV2 background page's own requests) and
 * answers none of them, so the suite stays offline.
 */
export interface LoggingProxy {
  port: number;
  /** "GET http://…" for plain requests, "CONNECT host:port" for https tunnels, in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startLoggingProxy(): Promise<LoggingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    // Addressed to the proxy itself (a path, not a URL): the record, read and cleared by the tests.
    if (request.url === '/requests') {
      if (request.method === 'DELETE') requests.length = 0;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(requests));
      return;
    }
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(502, { 'content-type': 'text/plain' }).end('offline test proxy');
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
