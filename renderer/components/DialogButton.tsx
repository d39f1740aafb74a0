// A button that opens a dialog of its own, closed by Done or Escape (focus goes back to
// the button): the console's Invite and Projector panels. The panel mounts only while
// the dialog is open, so what it fetches is fetched when it is looked at.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export function DialogButton(props: { label: string; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {props.label}
      </button>
      {open && (
        <Dialog title={props.title} onClose={() => setOpen(false)} wide>
          {props.children}
          <div className="actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('common.done')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
