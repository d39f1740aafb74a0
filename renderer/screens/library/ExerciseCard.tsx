import { useTranslation } from 'react-i18next';
import type { ExerciseSummary } from '../../../shared/model/exercise';
import { useFormatters } from '../../format';
import { routeHref } from '../../router';

export type CardAction = 'start' | 'sessions' | 'duplicate' | 'export' | 'archive' | 'unarchive' | 'delete';

export function ExerciseCard(props: {
  exercise: ExerciseSummary;
  selected: boolean;
  onSelect(selected: boolean): void;
  onAction(action: CardAction): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const ex = props.exercise;
  // Buttons say their verb; their accessible name adds which exercise, since a
  // screen reader lists every card's buttons together.
  const named = (verb: string) => `${verb}: ${ex.title}`;
  return (
    <li className="exercise-card">
      <div className="card-head">
        <input
          type="checkbox"
          checked={props.selected}
          aria-label={named(t('library.select'))}
          onChange={(e) => props.onSelect(e.target.checked)}
        />
        <h2 lang={ex.language}>
          <a href={routeHref({ name: 'editor', id: ex.id })} data-card-link={ex.id}>
            {ex.title}
          </a>
        </h2>
      </div>
      {ex.description && (
        <p className="description" lang={ex.language}>
          {ex.description}
        </p>
      )}
      <p className="meta">
        {t(`library.kind.${ex.kind}`)} · {t(`library.hazard.${ex.hazard}`)} ·{' '}
        {t('library.teamCount', { count: ex.teamCount })} · {t('library.injectCount', { count: ex.injectCount })}
      </p>
      <p className="meta">{t('library.updatedAt', { when: fmt.dateTime(ex.updatedAt) })}</p>
      {ex.tags.length > 0 && (
        <ul className="tags" aria-label={t('library.tagsLabel')}>
          {ex.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <div className="card-actions">
        <button
          type="button"
          className="start-session"
          aria-label={named(t('console.start.action'))}
          onClick={() => props.onAction('start')}
        >
          {t('console.start.action')}
        </button>
        <button
          type="button"
          aria-label={named(t('console.sessions.action'))}
          onClick={() => props.onAction('sessions')}
        >
          {t('console.sessions.action')}
        </button>
        <button
          type="button"
          aria-label={named(t('library.action.duplicate'))}
          onClick={() => props.onAction('duplicate')}
        >
          {t('library.action.duplicate')}
        </button>
        <button type="button" aria-label={named(t('library.action.export'))} onClick={() => props.onAction('export')}>
          {t('library.action.export')}
        </button>
        {ex.archivedAt ? (
          <button
            type="button"
            aria-label={named(t('library.action.unarchive'))}
            onClick={() => props.onAction('unarchive')}
          >
            {t('library.action.unarchive')}
          </button>
        ) : (
          <button
            type="button"
            aria-label={named(t('library.action.archive'))}
            onClick={() => props.onAction('archive')}
          >
            {t('library.action.archive')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          aria-label={named(t('library.action.delete'))}
          onClick={() => props.onAction('delete')}
        >
          {t('library.action.delete')}
        </button>
      </div>
    </li>
  );
}
