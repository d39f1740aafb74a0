// A short message at the bottom of the screen, with one optional action (Undo).
// It stays until the user acts or it times out; role="status" so it is read aloud.
import { useEffect } from 'react';

export type ToastMessage = { id: number; text: string; action?: { label: string; run(): void } };

export function Toast(props: { toast: ToastMessage | null; onDone(): void; timeoutMs?: number }) {
  const { toast, onDone, timeoutMs = 10_000 } = props;
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDone, timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, onDone, timeoutMs]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
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
      )}
    </div>
  );
}
