// Where the draft stands: saving, saved, or not saved and why, with the way out
// (Retry, Reload latest after asking, or a jump to the field that blocks saving).
// Text a field cannot use (an unreadable time) is never shown as "saved".
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmDialog } from './ConfirmDialog';
import type { DraftStore, FieldIssue, SaveState, SchemaIssue } from './draftStore';

type Props = {
  state: SaveState;
  store: DraftStore;
  schemaIssues: SchemaIssue[];
  fieldIssues: FieldIssue[];
  onShowProblem(path: (string | number)[]): void;
};

export function SaveStatus({ state: stored, store, schemaIssues, fieldIssues, onShowProblem }: Props) {
  const { t } = useTranslation();
  const [confirmReload, setConfirmReload] = useState(false);
  // Typing a field holds is not saved yet: "saving" from the first key, not from the pause.
  const typing = useSyncExternalStore(store.held.subscribe, store.held.isHolding);
  const fieldBlocks = fieldIssues.length > 0 && ['saved', 'saving'].includes(stored.kind);
  const state: SaveState = fieldBlocks
    ? { kind: 'invalid' }
    : typing && stored.kind === 'saved'
      ? { kind: 'saving' }
      : stored;
  const text =
    state.kind === 'loading'
      ? t('common.loading')
      : state.kind === 'saving'
        ? t('editor.save.saving')
        : state.kind === 'saved'
          ? t('editor.save.saved')
          : state.kind === 'offline'
            ? t('editor.save.offline')
            : t('editor.save.notSaved');
  const first = schemaIssues[0] ?? fieldIssues[0];
  return (
    <div className={`save-status save-${state.kind}`}>
      <span role="status">{text}</span>
      {state.kind === 'offline' && (
        <>
          <span className="problem-inline">{t('editor.save.offlineDetail')}</span>
          <button type="button" onClick={() => store.retry()}>
            {t('editor.save.retry')}
          </button>
        </>
      )}
      {state.kind === 'invalid' && (
        <>
          <span className="problem-inline">{t('editor.save.invalid')}</span>
          {first && (
            <button type="button" onClick={() => onShowProblem(first.path)}>
              {t('editor.save.showProblem')}
            </button>
          )}
        </>
      )}
      {state.kind === 'failed' && (
        <>
          <ErrorMessage error={state.error} />
          <button type="button" onClick={() => store.retry()}>
            {t('editor.save.retry')}
          </button>
        </>
      )}
      {state.kind === 'conflict' && (
        <>
          <ErrorMessage error={state.error} />
          <span className="problem-inline">{t('editor.save.conflict')}</span>
          <button type="button" onClick={() => setConfirmReload(true)}>
            {t('editor.save.reloadLatest')}
          </button>
        </>
      )}
      {confirmReload && (
        <ConfirmDialog
          title={t('editor.save.reloadTitle')}
          message={t('editor.save.reloadMessage')}
          confirmLabel={t('editor.save.reloadLatest')}
          onCancel={() => setConfirmReload(false)}
          onConfirm={() => {
            setConfirmReload(false);
            void store.reloadLatest();
          }}
        />
      )}
    </div>
  );
}
