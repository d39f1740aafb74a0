// A team's screen during play, phone first: the header with the clock, the inbox (and an
// opened inject), messages to the control cell, and the team's own log. It takes the
// team's view and callbacks only, so the console can show it too (a rehearsal preview).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamView } from '../../shared/session/views';
import type { LoadAttachment } from '../components/Markdown';
import { InjectDetail } from './InjectDetail';
import { MessagesToControl } from './MessagesToControl';
import type { OutboxItem, TeamCommand } from './outbox';
import { TeamHeader } from './TeamHeader';
import { TeamInbox } from './TeamInbox';
import { arrivals, unreadCount, type TeamInject } from './teamInbox';
import { TeamLog } from './TeamLog';

type Tab = 'inbox' | 'messages' | 'log';

export type TeamViewScreenProps = {
  view: TeamView;
  /** performance.now() when the view arrived: the clock ticks on from there. */
  receivedMono: number;
  online: boolean;
  /** What this device sent that the host has not accepted yet. */
  pending: readonly OutboxItem[];
  onCommand(command: TeamCommand): void;
  onDiscard(key: string): void;
  /** Called when new injects arrive (the sound). */
  onArrival?(injects: TeamInject[]): void;
  loadAttachment?: LoadAttachment;
  soundToggle?: ReactNode;
  /** Where typed text is kept while not sent (per session and team); none: not kept. */
  draftKey?: string;
};

export function TeamViewScreen(props: TeamViewScreenProps) {
  const { t } = useTranslation();
  const { view, onArrival } = props;
  const [tab, setTab] = useState<Tab>('inbox');
  const [openId, setOpenId] = useState<string | null>(null);
  const [openedHere, setOpenedHere] = useState<ReadonlySet<string>>(new Set());
  const [alert, setAlert] = useState<TeamInject | null>(null);
  const known = useRef<ReadonlySet<string> | null>(null);

  useEffect(() => {
    const fresh = arrivals(known.current, view.injects);
    known.current = new Set(view.injects.map((i) => i.id));
    if (fresh.length === 0) return;
    setAlert(fresh[0]!);
    onArrival?.(fresh);
  }, [view.injects, onArrival]);

  function open(inject: TeamInject) {
    setOpenId(inject.id);
    setTab('inbox');
    if (alert?.id === inject.id) setAlert(null);
    if (!inject.seen && !openedHere.has(inject.id)) {
      setOpenedHere(new Set([...openedHere, inject.id]));
      props.onCommand({ type: 'seen', injectId: inject.id });
    }
  }

  const opened = view.injects.find((i) => i.id === openId) ?? null;
  const unread = unreadCount(view.injects, openedHere);
  const unanswered = view.messages.filter((m) => m.answer === null).length;
  const tabs: { id: Tab; label: string; count?: number }[] = [
    { id: 'inbox', label: t('guest.tabs.inbox'), count: unread },
    { id: 'messages', label: t('guest.tabs.messages') },
    { id: 'log', label: t('guest.tabs.log') },
  ];
  return (
    <main className="guest team-view" style={{ ['--team-colour' as string]: view.team.colour }}>
      <TeamHeader view={view} receivedMono={props.receivedMono} soundToggle={props.soundToggle} />
      {!props.online && (
        <p role="status" className="offline-notice">
          {t('guest.offline')}
        </p>
      )}
      {(view.status === 'ended' || view.status === 'aborted') && (
        <p role="status" className="ended-notice">
          {t(`guest.status.${view.status}`)}
        </p>
      )}
      <div role="alert" className="arrival-region">
        {alert && (
          <div className="arrival">
            <span>{t('guest.alert.arrived', { number: alert.number, title: alert.title })}</span>
            <button type="button" onClick={() => open(alert)}>
              {t('guest.alert.open')}
            </button>
            <button type="button" className="link" onClick={() => setAlert(null)}>
              {t('common.close')}
            </button>
          </div>
        )}
      </div>
      <nav className="team-tabs" aria-label={t('guest.tabs.label')}>
        {tabs.map((x) => (
          <button
            key={x.id}
            type="button"
            aria-current={tab === x.id ? 'page' : undefined}
            onClick={() => setTab(x.id)}
          >
            {x.label}
            {/* Named from what it shows ("Inbox 2 new"), so the name always contains the visible text. */}
            {x.count ? (
              <>
                <span className="count">{x.count}</span>
                <span className="visually-hidden"> {t('guest.tabs.unread')}</span>
              </>
            ) : null}
            {x.id === 'messages' && unanswered > 0 && <span className="dot" aria-hidden="true" />}
          </button>
        ))}
      </nav>
      {tab === 'inbox' && (
        <div className={`inbox-layout ${opened ? 'has-open' : ''}`}>
          <TeamInbox injects={view.injects} openedHere={openedHere} openId={openId} onOpen={open} />
          {opened && (
            <InjectDetail
              inject={opened}
              pending={props.pending}
              onCommand={props.onCommand}
              onDiscard={props.onDiscard}
              onBack={() => setOpenId(null)}
              loadAttachment={props.loadAttachment}
              draftKey={props.draftKey && `${props.draftKey}.respond.${opened.id}`}
            />
          )}
        </div>
      )}
      {tab === 'messages' && (
        <MessagesToControl
          messages={view.messages}
          pending={props.pending}
          onCommand={props.onCommand}
          onDiscard={props.onDiscard}
          draftKey={props.draftKey && `${props.draftKey}.message`}
        />
      )}
      {tab === 'log' && <TeamLog view={view} />}
    </main>
  );
}
