// What this participant's screen shows (its team's view, or the waiting room), fetched
// again whenever the host says the session's log grew. Subscribing to the session makes
// the waiting room turn into the team view by itself once the facilitator admits.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';

export type MyView = MethodOutput<'session.myView'>;
/** The view and the browser's monotonic time it arrived at, so the clock can tick on. */
export type MyViewSnapshot = { value: MyView; receivedMono: number };

export function useMyView(sessionId: string) {
  const api = useApi();
  const [snapshot, setSnapshot] = useState<MyViewSnapshot | null>(null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(-1);

  const accept = useCallback((value: MyView) => {
    if (value.seq < seq.current) return; // an older reply overtaken by a newer one
    seq.current = value.seq;
    setError(null);
    setSnapshot({ value, receivedMono: performance.now() });
  }, []);

  useEffect(() => {
    let closed = false;
    let unsubscribe: (() => void) | null = null;
    const load = () =>
      api.call('session.myView', { sessionId }).then(
        (value) => {
          if (closed) return;
          accept(value);
          unsubscribe ??= api.subscribe({ session: sessionId }, value.seq);
        },
        (caught: unknown) => !closed && setError(caught),
      );
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

  return { snapshot, error };
}
