// A guest page refused as `forbidden` asks the host who this browser is now, and the join
// page then shows what it is (JoinScreen): the evaluator's or controller's console, the
// team's view, or "removed".
import { useWhenForbidden } from '../api/useWhenForbidden';
import { useGuest } from './GuestContext';

/** Asks once per refusal; returns whether the page is waiting for the answer. */
export function useRecheckWhenRefused(error: unknown): boolean {
  return useWhenForbidden(error, useGuest().recheck);
}
