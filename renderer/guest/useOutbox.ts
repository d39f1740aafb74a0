// The offline queue (outbox.ts) in a screen: kept in localStorage, sent one item at a
// time while the connection is open, and again after every reconnect.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../shared/api/errors';
import { useApi } from '../api/ApiContext';
import {
  discard,
  enqueue,
  loadOutbox,
  nextToSend,
  outboxStorageKey,
  saveOutbox,
  settle,
  withIds,
  type OutboxItem,
  type SendOutcome,
  type TeamCommand,
} from './outbox';

export function useOutbox(sessionId: string, teamId: string, online: boolean) {
  const api = useApi();
  const key = outboxStorageKey(sessionId, teamId);
  const [items, setItems] = useState<OutboxItem[]>(() => loadOutbox(window.localStorage, key));
  const sending = useRef(false);
  const [retries, setRetries] = useState(0);

  const update = useCallback(
    (change: (items: OutboxItem[]) => OutboxItem[]) =>
      setItems((current) => {
        const next = change(current);
        saveOutbox(window.localStorage, key, next);
        return next;
      }),
    [key],
  );

  useEffect(() => {
    const item = nextToSend(items);
    if (!online || !item || sending.current) return;
    sending.current = true;
    api.call('session.participantCommand', { sessionId, command: item.command }).then(
      () => finish(item.key, { kind: 'accepted' }),
      (error: unknown) => finish(item.key, outcomeOf(error)),
    );
    function finish(itemKey: string, outcome: SendOutcome) {
      if (outcome.kind === 'unavailable') {
        // Not answered: try again a little later (or when the connection is back).
        setTimeout(() => {
          sending.current = false;
          setRetries((n) => n + 1);
        }, RETRY_MS);
        return;
      }
      sending.current = false;
      // A "seen" the host refused is nothing the user typed: it is let go.
      if (outcome.kind === 'refused' && item?.command.type === 'seen') update((all) => discard(all, itemKey));
      else update((all) => settle(all, itemKey, outcome));
    }
  }, [api, sessionId, items, online, update, retries]);

  const queue = useCallback(
    (command: TeamCommand) =>
      update((all) =>
        enqueue(
          all,
          withIds(command, () => crypto.randomUUID()),
          new Date(),
        ),
      ),
    [update],
  );
  const drop = useCallback((itemKey: string) => update((all) => discard(all, itemKey)), [update]);
  return { items, queue, drop };
}

const RETRY_MS = 3_000;
/** Worth another try: no answer, or the host's disk failed (it writes again once there is room). */
const RETRIED = new Set(['unavailable', 'storage', 'internal']);

/** A lost connection is tried again; anything else the host said is its answer. */
function outcomeOf(error: unknown): SendOutcome {
  if (error instanceof ApiError && !RETRIED.has(error.code))
    return { kind: 'refused', messageKey: error.messageKey, details: error.details };
  return { kind: 'unavailable' };
}
