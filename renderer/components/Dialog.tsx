// A modal dialog named by its heading: focus is trapped by the browser (showModal),
// Escape closes it, screen readers announce its title, and closing gives focus back
// to what opened it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useReturnFocus } from './focus';

export function Dialog(props: { title: string; onClose(): void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useReturnFocus();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={props.onClose}
      className={props.wide ? 'dialog wide' : 'dialog'}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}
