// The browser transport: serves the built renderer over HTTP and carries the API
// contract over a WebSocket. Like the IPC adapter it only moves frames: every call
// goes to the core's dispatcher, pushed events go out by subscription (subscriptions.ts)
// (connection.ts: one client's frames, its replies that cannot be sent, its send backlog).
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { API_WS_PATH, GUEST_PARAM, TOKEN_PARAM } from '../../shared/api/wire';
import { GUEST_FRAME_BYTES_MAX, STAFF_FRAME_BYTES_MAX } from '../../shared/api/limits';
import { DEFAULT_SEND_LIMITS, serveConnection, type ConnectionCore, type SendLimits } from './connection';
import { isAllowedHost, isAllowedOrigin, SECURITY_HEADERS, tokensEqual } from './httpSecurity';
import type { Logger } from './ports';

export type HostServerOptions = {
  core: ConnectionCore;
  rendererDir: string;
  addresses: string[];
  port: number;
  token: string;
  logger: Logger;
  /** How much a slow client may leave unsent; tests shrink it. */
  sendLimits?: SendLimits;
};

export type HostServer = { port: number; close(): Promise<void> };

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const { core, logger } = options;
  const serveStatic = sirv(options.rendererDir, { single: true, etag: true, dev: false });
  const wss = new WebSocketServer({ noServer: true, maxPayload: STAFF_FRAME_BYTES_MAX });
  // Guests (participants' phones, the projector) only send small calls: a small frame limit.
  const guestWss = new WebSocketServer({ noServer: true, maxPayload: GUEST_FRAME_BYTES_MAX });
  const limits = options.sendLimits ?? DEFAULT_SEND_LIMITS;
  let nextConnection = 1;

  const onRequest: http.RequestListener = (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!isAllowedHost(req.headers.host, options.addresses)) {
      res.writeHead(421).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(req, res, () => {
      res.writeHead(404).end();
    });
  };

  const onUpgrade = (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const refuse = (status: number, reason: string) => {
      logger.warn('websocket refused', { reason, remote: socket.remoteAddress });
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
    };
    if (!isAllowedHost(req.headers.host, options.addresses)) return refuse(421, 'host');
    if (url.pathname !== API_WS_PATH) return refuse(404, 'path');
    if (!isAllowedOrigin(req.headers.origin, req.headers.host)) return refuse(403, 'origin');
    const remoteAddress = socket.remoteAddress ?? '';
    if (url.searchParams.get(GUEST_PARAM) === '1' && !url.searchParams.has(TOKEN_PARAM)) {
      guestWss.handleUpgrade(req, socket, head, (ws) =>
        serveConnection({ ws, connection: nextConnection++, core, logger, limits, staff: false, remoteAddress }),
      );
      return;
    }
    if (!tokensEqual(url.searchParams.get(TOKEN_PARAM), options.token)) return refuse(401, 'token');
    wss.handleUpgrade(req, socket, head, (ws) =>
      serveConnection({ ws, connection: nextConnection++, core, logger, limits, staff: true, remoteAddress }),
    );
  };

  const servers: http.Server[] = [];
  let port = options.port;
  try {
    for (const address of options.addresses) {
      const server = http.createServer(onRequest);
      server.on('upgrade', onUpgrade);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, address, () => {
          server.off('error', reject);
          resolve();
        });
      });
      // With port 0 the first address picks a free port; the others share it.
      port = (server.address() as AddressInfo).port;
      servers.push(server);
    }
  } catch (error) {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    throw error;
  }

  return {
    port,
    async close() {
      for (const server of [wss, guestWss]) {
        for (const client of server.clients) client.terminate();
        server.close();
      }
      await Promise.all(
        servers.map((s) => {
          s.closeAllConnections();
          return new Promise<void>((resolve) => s.close(() => resolve()));
        }),
      );
    },
  };
}
