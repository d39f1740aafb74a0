// The sessions run from one exercise, newest first, rehearsals marked; a finished one
// opens read-only in the console.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormatters } from '../../format';
import { routeHref } from '../../router';
import './console.css';

export function SessionsDialog(props: { exerciseId: string; title: string; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const fmt = useFormatters();
  const [items, setItems] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api
      .call('session.list', { exerciseId: props.exerciseId, includeRehearsals: true })
      .then((r) => setItems(r.items), setError);
  }, [api, props.exerciseId]);

  return (
    <Dialog title={t('console.sessions.title', { title: props.title })} onClose={props.onClose}>
      <ErrorMessage error={error} />
      {items === null && !error && <p role="status">{t('common.loading')}</p>}
      {items?.length === 0 && <p className="empty">{t('console.sessions.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="sessions-list">
          {items.map((s) => (
            <li key={s.sessionId}>
              <a href={routeHref({ name: 'session', id: s.sessionId })}>{fmt.dateTime(s.createdAt)}</a>
              <span className={`badge status-${s.status}`}>{t(`console.status.${s.status}`)}</span>
              {s.rehearsal && <span className="badge rehearsal">{t('console.rehearsal')}</span>}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
