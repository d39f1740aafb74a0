// Where the draft stands: saving, saved, or not saved and why, with the way out
// (Retry, Reload latest after asking, or a jump to the field that blocks saving).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmDialog } from './ConfirmDialog';
import type { DraftStore, SaveState, SchemaIssue } from './draftStore';

type Props = {
  state: SaveState;
  store: DraftStore;
  schemaIssues: SchemaIssue[];
  onShowProblem(path: (string | number)[]): void;
};

export function SaveStatus({ state, store, schemaIssues, onShowProblem }: Props) {
  const { t } = useTranslation();
  const [confirmReload, setConfirmReload] = useState(false);
  const text =
    state.kind === 'loading'
      ? t('common.loading')
      : state.kind === 'saving'
        ? t('editor.save.saving')
        : state.kind === 'saved'
          ? t('editor.save.saved')
          : t('editor.save.notSaved');
  const first = schemaIssues[0];
  return (
    <div className={`save-status save-${state.kind}`}>
      <span role="status">{text}</span>
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
