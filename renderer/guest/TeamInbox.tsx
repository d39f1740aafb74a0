// The team's released injects, newest first, unread ones marked.
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../shared/session/clock';
import { inboxOrder, isUnread, type TeamInject } from './teamInbox';

export function TeamInbox(props: {
  injects: readonly TeamInject[];
  openedHere: ReadonlySet<string>;
  openId: string | null;
  onOpen(inject: TeamInject): void;
}) {
  const { t } = useTranslation();
  if (props.injects.length === 0)
    return (
      <section className="team-inbox" aria-label={t('guest.tabs.inbox')}>
        <p className="empty">{t('guest.inbox.empty')}</p>
      </section>
    );
  return (
    <section className="team-inbox" aria-label={t('guest.tabs.inbox')}>
      <ul>
        {inboxOrder(props.injects).map((inject) => {
          const unread = isUnread(inject, props.openedHere);
          return (
            <li key={inject.id}>
              <button
                type="button"
                className={`inbox-item ${unread ? 'unread' : ''}`}
                aria-current={props.openId === inject.id ? 'true' : undefined}
                onClick={() => props.onOpen(inject)}
              >
                <span className="inbox-meta">
                  <span className="number">{inject.number}</span>
                  <time>{formatClock(inject.released.scenarioMs)}</time>
                  {unread && <span className="badge unread-badge">{t('guest.inbox.new')}</span>}
                  {inject.acknowledged && <span className="badge">{t('guest.inject.acknowledged')}</span>}
                </span>
                <span className="inbox-title">{inject.title}</span>
                <span className="inbox-sender">
                  {t(`spreadsheet.channels.${inject.channel}`)} · {inject.sender}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
