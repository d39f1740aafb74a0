// One session's view for a guest screen (projector, evaluator, a team preview): fetched,
// then fetched again whenever the host says the session's log grew, with the browser's
// monotonic time it arrived at so a clock can tick on locally between fetches.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext';

export type Received<T> = { seq: number; view: T; receivedMono: number };

export function useLiveView<T>(
  sessionId: string | null,
  load: (() => Promise<{ seq: number; view: T }>) | null,
  /** Anything else the view depends on (a team picked): a change fetches it again. */
  key = '',
): { received: Received<T> | null; error: unknown } {
  const api = useApi();
  const [received, setReceived] = useState<Received<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The latest loader, without making every render's new closure a reason to fetch again.
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (sessionId === null || loadRef.current === null) return;
    let closed = false;
    let seq = 0;
    let unsubscribe: (() => void) | null = null;
    const fetch = () =>
      loadRef.current?.().then(
        (next) => {
          if (closed || next.seq < seq) return; // an older reply overtaken by a newer one
          seq = next.seq;
          setError(null);
          setReceived({ ...next, receivedMono: performance.now() });
          unsubscribe ??= api.subscribe({ session: sessionId }, next.seq);
        },
        (caught: unknown) => {
          if (!closed) setError(caught);
        },
      );
    setReceived(null);
    void fetch();
    const off = api.on('session.changed', (event) => {
      if (event.sessionId === sessionId && event.seq > seq) void fetch();
    });
    return () => {
      closed = true;
      off();
      unsubscribe?.();
    };
  }, [api, sessionId, key]);

  return { received, error };
}
