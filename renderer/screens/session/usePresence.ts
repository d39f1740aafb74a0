// Who is connected to the session, for the control cell: fetched when the session's log
// grows (an admission or a removal changes who counts), and replaced whenever the host
// pushes a change (someone connected or left).
import { useEffect, useState } from 'react';
import type { Presence } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';

export function usePresence(sessionId: string, seq: number): { presence: Presence | null; error: unknown } {
  const api = useApi();
  const [presence, setPresence] = useState<Presence | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let closed = false;
    api.call('session.presence', { sessionId }).then(
      (next) => {
        if (closed) return;
        setError(null);
        setPresence(next);
      },
      (caught: unknown) => {
        if (!closed) setError(caught);
      },
    );
    const off = api.on('session.presence', (event) => {
      if (event.sessionId === sessionId) setPresence(event.presence);
    });
    return () => {
      closed = true;
      off();
    };
  }, [api, sessionId, seq]);
  return { presence, error };
}

/** How many of this person's browsers are connected now. */
export function connections(presence: Presence | null, personId: string): number {
  return presence?.people[personId] ?? 0;
}
