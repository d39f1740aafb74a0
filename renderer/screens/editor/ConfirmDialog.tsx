// Asks before something that cannot be undone from here (a deletion, dropping local edits).
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '../../components/focus';

type Props = {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
};

export function ConfirmDialog(props: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();
  useReturnFocus();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onClose={props.onCancel}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p id={messageId}>{props.message}</p>
      <div className="actions">
        <button type="button" onClick={props.onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
