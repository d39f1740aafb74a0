// Picks the transport: the desktop preload's bridge when present, else the host's
// WebSocket. The rest of the renderer only ever sees DrillbookApi.
import type { DrillbookApi } from '../../shared/api/contract';
import { createApi } from '../../shared/api/client';
import '../../shared/api/bridge';
import { API_WS_PATH, TOKEN_PARAM } from '../../shared/api/endpoints';
import { createBridgeTransport } from './bridgeTransport';
import { createWsTransport, type ConnectionState } from './wsTransport';

const TOKEN_KEY = 'drillbook.token';

/** The host's link carries the token in the fragment (never sent to a server log). */
export function takeToken(): string | null {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const fromLink = params.get(TOKEN_PARAM);
  if (fromLink) {
    sessionStorage.setItem(TOKEN_KEY, fromLink);
    history.replaceState(null, '', window.location.pathname + window.location.search);
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
