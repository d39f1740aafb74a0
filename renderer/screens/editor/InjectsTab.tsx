// The MSEL: every inject in a table (sorted by time), the selected one's form below,
// and the spreadsheet way in and out (import, CSV/Excel export).
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { duplicateInject, newInject, removeInject, sortByTime } from '../../../shared/model/edit';
import type { Exercise } from '../../../shared/model/exercise';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusWhenShown } from '../../components/focus';
import { MselImportDialog } from '../../components/MselImportDialog';
import { MIME, saveFile } from '../../files';
import type { Locale } from '../../../shared/i18n/locales';
import { ConfirmDialog } from './ConfirmDialog';
import type { DraftStore } from './draftStore';
import { useEditor } from './EditorContext';
import { InjectForm } from './InjectForm';
import { MselTable } from './MselTable';
import { ShiftTimes } from './ShiftTimes';

export function InjectsTab({ exercise, store }: { exercise: Exercise; store: DraftStore }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { draft, edit, selectedInjectId, selectInject } = useEditor();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [checked, setChecked] = useState<string[]>([]);
  // Ticks of injects that were since deleted do not count.
  const checkedIds = useMemo(() => {
    const ids = new Set(draft.injects.map((i) => i.id));
    return checked.filter((id) => ids.has(id));
  }, [checked, draft.injects]);
  // Stable, so ticking one row does not re-render the other rows of a long MSEL.
  const onCheck = useCallback(
    (id: string, on: boolean) => setChecked((ids) => (on ? [...ids, id] : ids.filter((c) => c !== id))),
    [],
  );
  const selectedIndex = draft.injects.findIndex((i) => i.id === selectedInjectId);
  const selected = draft.injects[selectedIndex];

  const addButton = useRef<HTMLButtonElement>(null);
  // A new inject opens with its title ready to type over.
  const add = () => {
    const inject = newInject(draft, t('editor.injects.newTitle'));
    edit((c) => ({ ...c, injects: [...c.injects, inject] }));
    selectInject(inject.id);
    focusWhenShown(() => {
      const title = injectTitleField(inject.id);
      title?.select();
      return title;
    });
  };
  // After a deletion the next inject in time (or the one before, or Add) is selected and focused.
  const remove = (injectId: string) => {
    const order = sortByTime(draft.injects).map((i) => i.id);
    const at = order.indexOf(injectId);
    const next = order[at + 1] ?? order[at - 1] ?? null;
    edit((c) => removeInject(c, injectId));
    selectInject(next);
    focusWhenShown(() =>
      next ? document.querySelector<HTMLElement>(`[data-open-inject="${next}"]`) : addButton.current,
    );
  };
  const duplicate = () => {
    if (!selected) return;
    const after = duplicateInject(draft, selected.id);
    edit(() => after);
    selectInject(after.injects[selectedIndex + 1]?.id ?? null);
  };

  // Import and export work on the saved exercise: send pending edits first.
  async function withSaved(work: () => Promise<void>) {
    setError(null);
    setBusy(true);
    try {
      await store.flush();
      if (store.hasUnsavedChanges) throw new SaveFirst();
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const exportAs = (format: 'csv' | 'xlsx') =>
    withSaved(async () => {
      const file = await api.call('msel.export', { id: exercise.id, format, locale: i18n.language as Locale });
      saveFile(file.fileName, file.base64, MIME[format]);
    });

  return (
    <div className="injects">
      <div className="toolbar msel-toolbar">
        <button ref={addButton} type="button" className="primary" onClick={add}>
          {t('editor.injects.add')}
        </button>
        <button type="button" onClick={duplicate} disabled={!selected}>
          {t('editor.injects.duplicate')}
        </button>
        <button type="button" className="danger" onClick={() => setConfirmDelete(true)} disabled={!selected}>
          {t('editor.injects.delete')}
        </button>
        <span className="spacer" />
        <button type="button" disabled={busy} onClick={() => void withSaved(async () => setImporting(true))}>
          {t('editor.injects.import')}
        </button>
        <button type="button" disabled={busy || draft.injects.length === 0} onClick={() => void exportAs('csv')}>
          {t('editor.injects.exportCsv')}
        </button>
        <button type="button" disabled={busy || draft.injects.length === 0} onClick={() => void exportAs('xlsx')}>
          {t('editor.injects.exportXlsx')}
        </button>
      </div>
      {error instanceof SaveFirst ? (
        <p role="alert" className="error">
          {t('editor.injects.saveFirst')}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      {draft.injects.length === 0 ? (
        <p className="empty">{t('editor.injects.empty')}</p>
      ) : (
        <>
          <ShiftTimes checked={checkedIds} />
          <MselTable checked={checkedIds} onCheck={onCheck} />
        </>
      )}
      {selected ? (
        <InjectForm key={selected.id} inject={selected} index={selectedIndex} />
      ) : (
        draft.injects.length > 0 && <p className="hint">{t('editor.injects.selectHint')}</p>
      )}
      {confirmDelete && selected && (
        <ConfirmDialog
          title={t('editor.injects.deleteTitle', { number: selected.number })}
          message={t('editor.injects.deleteMessage', { number: selected.number, title: selected.title })}
          confirmLabel={t('editor.injects.delete')}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            remove(selected.id);
          }}
        />
      )}
      {importing && (
        <MselImportDialog
          exercise={exercise}
          onClose={() => setImporting(false)}
          onImported={(imported) => {
            store.adopt(imported);
            setImporting(false);
          }}
        />
      )}
    </div>
  );
}

/** Pending edits could not be saved (invalid, conflict, failure): the status says why. */
class SaveFirst extends Error {}

/** The title field of the inject form, once it shows this inject. */
function injectTitleField(injectId: string): HTMLInputElement | null {
  const form = document.querySelector(`[data-inject-heading="${injectId}"]`)?.closest('section');
  return form?.querySelector<HTMLInputElement>('.inject-title input') ?? null;
}
