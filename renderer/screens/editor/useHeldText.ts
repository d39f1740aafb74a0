// A text field's own copy of what the user types (see heldText.ts): shown at once,
// put into the draft after a pause, on blur, on unmount, or when the editor flushes.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { COMMIT_IDLE_MS, type HeldText } from './heldText';

export type HeldField = {
  /** What the field shows: the typed text while it is held, else the draft's value. */
  text: string;
  change(text: string): void;
  /** Puts held text into the draft now (on blur). */
  commit(): void;
};

export function useHeldText(value: string, onChange: (text: string) => void, held: HeldText): HeldField {
  const key = useId();
  const [local, setLocal] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const idle = useRef<number | null>(null);
  // The latest onChange: a commit from a timer or an unmount uses what the field was last given.
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const commit = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    if (idle.current !== null) cancelIdleCallback(idle.current);
    timer.current = idle.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    held.release(key);
    onChangeRef.current(text);
    setLocal(null);
  }, [held, key]);

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      setLocal(text);
      held.hold(key, commit);
      if (timer.current) clearTimeout(timer.current);
      if (idle.current !== null) cancelIdleCallback(idle.current);
      // After the pause, and once the browser has no key waiting: a commit re-renders the
      // editor, and must not come between two keys that were already on their way.
      idle.current = null;
      timer.current = setTimeout(() => {
        timer.current = null;
        idle.current = requestIdleCallback(commit, { timeout: COMMIT_IDLE_MS });
      }, COMMIT_IDLE_MS);
    },
    [held, key, commit],
  );

  // Leaving the field's screen (another inject, another tab) keeps what was typed.
  useEffect(() => commit, [commit]);

  return { text: local ?? value, change, commit };
}
