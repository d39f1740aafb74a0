// A screen whose calls start being refused as `forbidden` has lost (or changed) the rights
// it had: a guest admitted as an evaluator or a controller while waiting, moved into a team,
// removed. `react` is told once per refusal (a guest page asks the host who it is now).
import { useEffect } from 'react';
import { ApiError } from '../../shared/api/errors';

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'forbidden';
}

/** Returns whether the last error was a refusal. */
export function useWhenForbidden(error: unknown, react: (() => void) | undefined): boolean {
  const forbidden = isForbidden(error);
  useEffect(() => {
    if (forbidden) react?.();
  }, [forbidden, error, react]);
  return forbidden;
}
