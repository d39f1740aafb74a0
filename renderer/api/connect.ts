// Picks the transport: the desktop preload's bridge when present, else the host's
// WebSocket. The rest of the renderer only ever sees DrillbookApi.
import type { DrillbookApi } from '../../shared/api/contract';
import { createApi } from '../../shared/api/client';
import '../../shared/api/bridge';
import { API_WS_PATH, TOKEN_PARAM } from '../../shared/api/endpoints';
import { createBridgeTransport } from './bridgeTransport';
import { createWsTransport, type ConnectionState } from './wsTransport';

const TOKEN_KEY = 'drillbook.token';

/**
 * The host's link carries the key in its query (`/?token=…`), so the host can send the
 * page with the library's first page in it; older links carry it in the fragment. Either
 * way it is kept for this tab and taken out of the address bar.
 */
export function takeToken(): string | null {
  const query = new URLSearchParams(window.location.search);
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromQuery = query.get(TOKEN_PARAM);
  const fromLink = fromQuery ?? fragment.get(TOKEN_PARAM);
  if (fromLink) {
    sessionStorage.setItem(TOKEN_KEY, fromLink);
    query.delete(TOKEN_PARAM);
    const search = query.size > 0 ? `?${query.toString()}` : '';
    // A fragment that was the key goes; one that names a screen stays.
    const hash = fromQuery === null ? '' : window.location.hash;
    history.replaceState(null, '', window.location.pathname + search + hash);
    return fromLink;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export type Connection = { api: DrillbookApi } | { api: null; reason: 'noToken' };

export function connect(onState: (state: ConnectionState) => void): Connection {
  const bridge = window.drillbook;
  if (bridge) {
    onState('open');
    return { api: createApi(createBridgeTransport(bridge)) };
  }
  const token = takeToken();
  if (!token) return { api: null, reason: 'noToken' };
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const url = `${scheme}://${window.location.host}${API_WS_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
  return { api: createApi(createWsTransport(url, onState)) };
}

/** A connection with its state kept for React to follow (useSyncExternalStore). */
export type StaffConnection = Connection & {
  state(): ConnectionState;
  onStateChange(listener: () => void): () => void;
};

let staff: StaffConnection | null = null;

/**
 * The page's one staff connection, opened on first use. main.tsx asks for it before the
 * screen renders (and before the language's texts are here), so the socket opens, and
 * the library's first page is asked for, while the page is still starting.
 */
export function staffConnection(): StaffConnection {
  if (staff) return staff;
  let state: ConnectionState = 'connecting';
  const listeners = new Set<() => void>();
  const connection = connect((next) => {
    state = next;
    for (const listener of listeners) listener();
  });
  staff = {
    ...connection,
    state: () => state,
    onStateChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return staff;
}
