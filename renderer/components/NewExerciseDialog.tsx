import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exercise } from '../../shared/model/exercise';
import type { Locale } from '../../shared/i18n/locales';
import { useApi } from '../api/ApiContext';
import { fieldError } from '../errors';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

export function NewExerciseDialog(props: { onClose(): void; onCreated(exercise: Exercise): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      // The server validates; the form only carries what the user typed.
      const created = await api.call('library.create', {
        title,
        description,
        language: i18n.language as Locale,
      });
      props.onCreated(created);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const titleProblem = fieldError(error, 'title');
  return (
    <Dialog title={t('library.newExercise')} onClose={props.onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label>
          {t('library.field.title')}
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={titleProblem ? true : undefined}
            autoFocus
          />
        </label>
        {titleProblem && (
          <p role="alert" className="error">
            {t(titleProblem.key)}
          </p>
        )}
        <label>
          {t('library.field.description')}
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={4} />
        </label>
        {!titleProblem && <ErrorMessage error={error} />}
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('library.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
