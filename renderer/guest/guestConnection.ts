// A guest's connection: people joining a session from their own browser, and the room's
// projector. It talks to `/api?guest=1` (never with the staff key) and carries a secret
// the host gave it (at join, or in the projector link). The secret is kept in this
// browser, so a reload, a dropped Wi-Fi or a host restart brings back the same person:
// on every (re)connect the transport says `session.resume` first.
import type { DrillbookApi } from '../../shared/api/contract';
import { createApi } from '../../shared/api/client';
import { ApiError, type Envelope } from '../../shared/api/errors';
import type { Principal } from '../../shared/api/principal';
import { API_WS_PATH, GUEST_PARAM } from '../../shared/api/endpoints';
import { createWsTransport, type ConnectionState } from '../api/wsTransport';

/** Where the secret is kept: participants keep theirs across browser restarts. */
export const SECRET_KEYS = {
  join: 'drillbook.guest.secret',
  projector: 'drillbook.projector.secret',
} as const;
export type GuestKind = keyof typeof SECRET_KEYS;

/** The projector link carries its secret in the fragment (`#/projector?secret=…`): kept, then hidden. */
export function takeSecretFromFragment(kind: GuestKind, location: Location, storage: Storage): void {
  const query = /\?(.*)$/.exec(location.hash)?.[1];
  const secret = query ? new URLSearchParams(query).get('secret') : null;
  if (!secret) return;
  storage.setItem(SECRET_KEYS[kind], secret);
  const params = new URLSearchParams(query);
  params.delete('secret');
  const rest = params.toString();
  const hash = location.hash.replace(/\?.*$/, rest ? `?${rest}` : '');
  history.replaceState(null, '', location.pathname + location.search + hash);
}

export type GuestConnection = {
  api: DrillbookApi;
  /** After `session.join`: keep the secret; the next (re)connect resumes with it. */
  remember(secret: string): void;
  /** Forget this browser's identity (removed, or the session is over). */
  forget(): void;
  hasSecret(): boolean;
  /**
   * Asks the host again who this browser is now (admitted as an evaluator or a controller,
   * moved, removed): the principal, or the translated reason the secret no longer works.
   */
  whoAmI(): Promise<{ ok: true; principal: Principal } | { ok: false; messageKey: string }>;
};

export type GuestConnectionEvents = {
  onState(state: ConnectionState): void;
  /** Who the host says this is after each resume; an error when the secret no longer works. */
  onResume(result: { ok: true; principal: Principal } | { ok: false; messageKey: string }): void;
};

export function connectGuest(kind: GuestKind, storage: Storage, events: GuestConnectionEvents): GuestConnection {
  const key = SECRET_KEYS[kind];
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const url = `${scheme}://${window.location.host}${API_WS_PATH}?${GUEST_PARAM}=1`;
  const transport = createWsTransport(url, events.onState, {
    call() {
      const secret = storage.getItem(key);
      return secret ? { method: 'session.resume', input: { secret } } : null;
    },
    answered(result: Envelope<unknown>) {
      if (result.ok) events.onResume({ ok: true, principal: (result.value as { principal: Principal }).principal });
      else events.onResume({ ok: false, messageKey: result.error.messageKey });
    },
  });
  const api = createApi(transport);
  return {
    api,
    remember: (secret) => storage.setItem(key, secret),
    forget: () => storage.removeItem(key),
    hasSecret: () => storage.getItem(key) !== null,
    async whoAmI() {
      const secret = storage.getItem(key);
      if (secret === null) return { ok: false, messageKey: 'session.errors.secretUnknown' };
      try {
        return { ok: true, principal: (await api.call('session.resume', { secret })).principal };
      } catch (caught) {
        if (caught instanceof ApiError) return { ok: false, messageKey: caught.messageKey };
        throw caught;
      }
    },
  };
}
