// The staff view of one session, fetched again whenever the host says its log grew, and
// the browser's monotonic time when it arrived, so the clock can tick on locally.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionCommandInput } from '../../../shared/session/commands';
import type { StaffView } from '../../../shared/session/views';
import { useApi } from '../../api/ApiContext';

export type Snapshot = { seq: number; view: StaffView; receivedMono: number };

export function useSession(sessionId: string) {
  const api = useApi();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);

  const accept = useCallback((next: { seq: number; view: StaffView }) => {
    if (next.seq < seq.current) return; // an older reply overtaken by a newer one
    seq.current = next.seq;
    setSnapshot({ ...next, receivedMono: performance.now() });
  }, []);

  useEffect(() => {
    let closed = false;
    let unsubscribe: (() => void) | null = null;
    const load = () =>
      api.call('session.get', { sessionId }).then((next) => {
        if (closed) return;
        accept(next);
        // Over the WebSocket the host sends this session's notices only to those who ask,
        // from the seq this view already holds: no gap, and no reload for what it shows.
        unsubscribe ??= api.subscribe({ session: sessionId }, next.seq);
      }, setError);
    void load();
    const off = api.on('session.changed', (event) => {
      if (event.sessionId === sessionId && event.seq > seq.current) void load();
    });
    return () => {
      closed = true;
      off();
      unsubscribe?.();
    };
  }, [api, sessionId, accept]);

  /** Sends one command; a refusal is shown as the error and changes nothing. */
  const command = useCallback(
    async (cmd: SessionCommandInput): Promise<boolean> => {
      setError(null);
      try {
        accept(await api.call('session.command', { sessionId, command: cmd }));
        return true;
      } catch (caught) {
        setError(caught);
        return false;
      }
    },
    [api, sessionId, accept],
  );

  return { snapshot, error, setError, command };
}

/** performance.now(), re-read a few times a second while mounted. */
export function useMonotonicNow(intervalMs = 200): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
