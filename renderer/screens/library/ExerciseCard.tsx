import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseSummary } from '../../../shared/model/exercise';
import { EXERCISE_KINDS, HAZARDS } from '../../../shared/model/vocabulary';
import { formattersFor } from '../../formatters';
import { routeHref } from '../../router';

export type CardAction = 'start' | 'sessions' | 'duplicate' | 'export' | 'archive' | 'unarchive' | 'delete';

/**
 * The words every card on a page shares, looked up once for the page (a page of 48
 * cards asked i18next for the same button labels 48 times over, ~900 lookups, a good
 * part of the library's first render), and the page's one way to word a card's counts
 * and date in the language shown.
 */
export type CardLabels = {
  select: string;
  tags: string;
  kind: Record<(typeof EXERCISE_KINDS)[number], string>;
  hazard: Record<(typeof HAZARDS)[number], string>;
  action: Record<CardAction, string>;
  teamCount(count: number): string;
  injectCount(count: number): string;
  updatedAt(iso: string): string;
};

export function useCardLabels(): CardLabels {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const t = i18n.getFixedT(language);
    const fmt = formattersFor(language);
    return {
      select: t('library.select'),
      tags: t('library.tagsLabel'),
      kind: Object.fromEntries(EXERCISE_KINDS.map((k) => [k, t(`library.kind.${k}`)])) as CardLabels['kind'],
      hazard: Object.fromEntries(HAZARDS.map((h) => [h, t(`library.hazard.${h}`)])) as CardLabels['hazard'],
      action: {
        start: t('console.start.action'),
        sessions: t('console.sessions.action'),
        duplicate: t('library.action.duplicate'),
        export: t('library.action.export'),
        archive: t('library.action.archive'),
        unarchive: t('library.action.unarchive'),
        delete: t('library.action.delete'),
      },
      teamCount: (count) => t('library.teamCount', { count }),
      injectCount: (count) => t('library.injectCount', { count }),
      updatedAt: (iso) => t('library.updatedAt', { when: fmt.dateTime(iso) }),
    };
  }, [i18n, language]);
}

export function ExerciseCard(props: {
  exercise: ExerciseSummary;
  labels: CardLabels;
  selected: boolean;
  onSelect(selected: boolean): void;
  onAction(action: CardAction): void;
}) {
  // No hooks: a page renders 48 of these, and each useTranslation would subscribe the card
  // to the language on its own; the page's labels change with the language instead.
  const { exercise: ex, labels } = props;
  // Buttons say their verb; their accessible name adds which exercise, since a
  // screen reader lists every card's buttons together.
  const named = (verb: string) => `${verb}: ${ex.title}`;
  const button = (action: CardAction, className?: string) => (
    <button
      type="button"
      className={className}
      aria-label={named(labels.action[action])}
      onClick={() => props.onAction(action)}
    >
      {labels.action[action]}
    </button>
  );
  return (
    <li className="exercise-card">
      <div className="card-head">
        <input
          type="checkbox"
          checked={props.selected}
          aria-label={named(labels.select)}
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
        {labels.kind[ex.kind]} · {labels.hazard[ex.hazard]} · {labels.teamCount(ex.teamCount)} ·{' '}
        {labels.injectCount(ex.injectCount)}
      </p>
      <p className="meta">{labels.updatedAt(ex.updatedAt)}</p>
      {ex.tags.length > 0 && (
        <ul className="tags" aria-label={labels.tags}>
          {ex.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <div className="card-actions">
        {button('start', 'start-session')}
        {button('sessions')}
        {button('duplicate')}
        {button('export')}
        {ex.archivedAt ? button('unarchive') : button('archive')}
        {button('delete', 'danger')}
      </div>
    </li>
  );
}
