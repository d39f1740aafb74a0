// The browser transport: serves the built renderer over HTTP and carries the API
// contract over a WebSocket. Like the IPC adapter it only moves frames: every call
// goes to the core's dispatcher, pushed events go out by subscription (subscriptions.ts)
// (connection.ts: one client's frames, its replies that cannot be sent, its send backlog).
// It listens on loopback from the start; addresses are added and removed while it runs
// (the office network, lanController.ts), and removing one drops every connection that
// came in through it. A staff link (the key in its query) gets its page with the library's
// first page already in it, when the host can render it (firstPageHtml.ts).
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import { API_WS_PATH, GUEST_PARAM, TOKEN_PARAM } from '../../shared/api/endpoints';
import { GUEST_FRAME_BYTES_MAX, STAFF_FRAME_BYTES_MAX } from '../../shared/api/limits';
import type { FirstPageRenderer } from './firstPageHtml';
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
  /** Renders a staff link's page; absent, every page is index.html as built. */
  firstPage?: FirstPageRenderer;
  /** How much a slow client may leave unsent; tests shrink it. */
  sendLimits?: SendLimits;
};

export type HostServer = {
  port: number;
  /** The addresses listened on now; requests naming any other Host are refused. */
  addresses(): readonly string[];
  /** Listens on one more address, on the same port. */
  listen(address: string): Promise<void>;
  /** Stops listening on an address and drops every connection (WebSockets too) made through it. */
  unlisten(address: string): Promise<void>;
  close(): Promise<void>;
};

/** One address listened on, and the WebSockets that came in through it. */
type Listener = { server: http.Server; sockets: Set<WebSocket> };

/** Close code for "this address no longer serves": 1001 is "going away". */
export const CLOSE_UNLISTENED = 1001;

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const { core, logger } = options;
  // The build leaves a .br and a .gz beside each script (vite.config.ts): served to a
  // browser that accepts them.
  const serveStatic = sirv(options.rendererDir, { single: true, etag: true, dev: false, brotli: true, gzip: true });
  const wss = new WebSocketServer({ noServer: true, maxPayload: STAFF_FRAME_BYTES_MAX });
  // Guests (participants' phones, the projector) only send small calls: a small frame limit.
  const guestWss = new WebSocketServer({ noServer: true, maxPayload: GUEST_FRAME_BYTES_MAX });
  const limits = options.sendLimits ?? DEFAULT_SEND_LIMITS;
  let nextConnection = 1;
  const listeners = new Map<string, Listener>();
  const listening = () => [...listeners.keys()];

  const onRequest: http.RequestListener = (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!isAllowedHost(req.headers.host, listening())) {
      res.writeHead(421).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const notFound = () => {
      res.writeHead(404).end();
    };
    const url = new URL(req.url ?? '/', 'http://host');
    const staffLink =
      (url.pathname === '/' || url.pathname === '/index.html') &&
      tokensEqual(url.searchParams.get(TOKEN_PARAM), options.token);
    if (!staffLink || !options.firstPage) {
      serveStatic(req, res, notFound);
      return;
    }
    options.firstPage(req.headers).then(
      (html) => {
        if (html === null) return serveStatic(req, res, notFound);
        // The library's own data: never kept by a cache.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : html);
      },
      (error: unknown) => {
        logger.error('staff page not rendered: served as built', { error: String(error) });
        serveStatic(req, res, notFound);
      },
    );
  };

  const onUpgrade = (through: Listener, req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://host');
    const refuse = (status: number, reason: string) => {
      logger.warn('websocket refused', { reason, remote: socket.remoteAddress });
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
    };
    if (!isAllowedHost(req.headers.host, listening())) return refuse(421, 'host');
    if (url.pathname !== API_WS_PATH) return refuse(404, 'path');
    if (!isAllowedOrigin(req.headers.origin, req.headers.host)) return refuse(403, 'origin');
    const remoteAddress = socket.remoteAddress ?? '';
    const serve = (staff: boolean) => (ws: WebSocket) => {
      through.sockets.add(ws);
      ws.once('close', () => through.sockets.delete(ws));
      serveConnection({ ws, connection: nextConnection++, core, logger, limits, staff, remoteAddress });
    };
    if (url.searchParams.get(GUEST_PARAM) === '1' && !url.searchParams.has(TOKEN_PARAM)) {
      guestWss.handleUpgrade(req, socket, head, serve(false));
      return;
    }
    if (!tokensEqual(url.searchParams.get(TOKEN_PARAM), options.token)) return refuse(401, 'token');
    wss.handleUpgrade(req, socket, head, serve(true));
  };

  let port = options.port;
  async function listen(address: string): Promise<void> {
    if (listeners.has(address)) return;
    const through: Listener = { server: http.createServer(onRequest), sockets: new Set() };
    through.server.on('upgrade', (req, socket: Socket, head) => onUpgrade(through, req, socket, head));
    await new Promise<void>((resolve, reject) => {
      through.server.once('error', reject);
      through.server.listen(port, address, () => {
        through.server.off('error', reject);
        resolve();
      });
    });
    // With port 0 the first address picks a free port; the others share it.
    port = (through.server.address() as AddressInfo).port;
    listeners.set(address, through);
  }

  async function unlisten(address: string): Promise<void> {
    const through = listeners.get(address);
    if (!through) return;
    // Out of the allow-list first: nothing more is served for this address from here on.
    listeners.delete(address);
    for (const ws of through.sockets) {
      ws.close(CLOSE_UNLISTENED, 'address closed');
      // A client that does not answer the close is not waited for.
      setTimeout(() => ws.terminate(), 1_000).unref();
    }
    through.server.closeAllConnections();
    await new Promise<void>((resolve) => through.server.close(() => resolve()));
    for (const ws of through.sockets) ws.terminate();
  }

  try {
    for (const address of options.addresses) await listen(address);
  } catch (error) {
    await Promise.all(listening().map(unlisten));
    throw error;
  }

  return {
    get port() {
      return port;
    },
    addresses: listening,
    listen,
    unlisten,
    async close() {
      for (const server of [wss, guestWss]) {
        for (const client of server.clients) client.terminate();
        server.close();
      }
      await Promise.all(listening().map(unlisten));
    },
  };
}
