// A short message at the bottom of the screen, with one optional action (Undo).
// It stays until the user acts or it times out; role="status" so it is read aloud.
// While it has focus (or the pointer) it does not time out, so a keyboard user who
// reached Undo is not left on nothing; `focusAction` puts focus on its action at once,
// for when what had focus went away (the card just deleted).
import { useEffect, useRef, useState } from 'react';

export type ToastMessage = {
  id: number;
  text: string;
  action?: { label: string; run(): void };
  focusAction?: boolean;
};

export function Toast(props: { toast: ToastMessage | null; onDone(): void; timeoutMs?: number }) {
  const { toast, onDone, timeoutMs = 10_000 } = props;
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && <ToastCard key={toast.id} toast={toast} onDone={onDone} timeoutMs={timeoutMs} />}
    </div>
  );
}

/** One message: its own focus and pointer state, so the next message starts afresh. */
function ToastCard({ toast, onDone, timeoutMs }: { toast: ToastMessage; onDone(): void; timeoutMs: number }) {
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const action = useRef<HTMLButtonElement>(null);
  const held = focused || hovered;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onDone, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDone, timeoutMs, held]);
  useEffect(() => {
    if (toast.focusAction) action.current?.focus();
  }, [toast]);
  return (
    <div
      className="toast"
      onFocus={() => setFocused(true)}
      onBlur={(e) => setFocused(e.currentTarget.contains(e.relatedTarget as Node | null))}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
    >
      <span>{toast.text}</span>
      {toast.action && (
        <button
          ref={action}
          type="button"
          onClick={() => {
            toast.action?.run();
            onDone();
          }}
        >
          {toast.action.label}
        </button>
      )}
    </div>
  );
}
