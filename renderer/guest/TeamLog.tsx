// The team's own record, in time order with scenario time; a scribe's entries are marked.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../shared/session/clock';
import type { TeamView } from '../../shared/session/views';
import { buildTeamLog, type TeamLogEntry } from './teamLog';

export function TeamLog({ view }: { view: Pick<TeamView, 'injects' | 'messages'> }) {
  const { t } = useTranslation();
  const entries = buildTeamLog(view);
  return (
    <section className="team-log" aria-labelledby="log-title">
      <h2 id="log-title">{t('guest.log.title')}</h2>
      {entries.length === 0 ? (
        <p className="empty">{t('guest.log.empty')}</p>
      ) : (
        <ol>
          {entries.map((e, i) => (
            <li key={i} className={`log-${e.kind}`}>
              <time>{formatClock(e.scenarioMs)}</time> <span>{describe(e, t)}</span>
              {'byScribe' in e && e.byScribe && <em> ({t('guest.byScribe')})</em>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function describe(e: TeamLogEntry, t: TFunction): string {
  switch (e.kind) {
    case 'received':
      return t('guest.log.received', { number: e.number, title: e.title });
    case 'acknowledged':
      return t('guest.log.acknowledged', { number: e.number });
    case 'responded':
      return e.decision === null
        ? t('guest.log.responded', { number: e.number, text: e.text })
        : t('guest.log.respondedDecision', { number: e.number, decision: e.decision, text: e.text });
    case 'messageSent':
      return t('guest.log.messageSent', { text: e.text });
    case 'answered':
      return t('guest.log.answered', { text: e.text });
  }
}
