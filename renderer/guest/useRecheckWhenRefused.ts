// A guest page whose calls start being refused as `forbidden` has lost (or changed) the
// rights it had: admitted as an evaluator or a controller while waiting, moved into a team,
// removed. The host knows which; ask it, and the join page shows what this browser is now.
import { useEffect } from 'react';
import { ApiError } from '../../shared/api/errors';
import { useGuest } from './GuestContext';

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'forbidden';
}

/** Asks once per refusal; returns whether the page is waiting for the answer. */
export function useRecheckWhenRefused(error: unknown): boolean {
  const { recheck } = useGuest();
  const refused = isForbidden(error);
  useEffect(() => {
    if (refused) recheck();
  }, [refused, error, recheck]);
  return refused;
}
