import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseSummary } from '../../shared/model/exercise';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { NewExerciseDialog } from '../components/NewExerciseDialog';
import { useFormatters } from '../format';

export function LibraryScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const fmt = useFormatters();
  const [items, setItems] = useState<ExerciseSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);

  const reload = useCallback(() => {
    api
      .call('library.list', {})
      .then((result) => {
        setItems(result.items);
        setError(null);
      })
      .catch(setError);
  }, [api]);

  useEffect(() => {
    reload();
    return api.on('library.changed', reload);
  }, [api, reload]);

  return (
    <main className="library">
      <div className="toolbar">
        <h1>{t('library.title')}</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('library.newExercise')}
        </button>
      </div>
      <ErrorMessage error={error} />
      {items === null && !error && <p role="status">{t('common.loading')}</p>}
      {items?.length === 0 && <p className="empty">{t('library.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="exercise-list" aria-label={t('library.listLabel')}>
          {items.map((ex) => (
            <li key={ex.id} className="exercise-card">
              <h2>{ex.title}</h2>
              {ex.description && <p>{ex.description}</p>}
              <p className="meta">
                {t(`library.kind.${ex.kind}`)} · {t(`library.hazard.${ex.hazard}`)} ·{' '}
                {t('library.injectCount', { count: ex.injectCount })} ·{' '}
                {t('library.updatedAt', { when: fmt.dateTime(ex.updatedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {creating && <NewExerciseDialog onClose={() => setCreating(false)} onCreated={() => setCreating(false)} />}
    </main>
  );
}
