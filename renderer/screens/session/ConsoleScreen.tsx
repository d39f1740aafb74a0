// The facilitator's console: a big clock with one obvious primary action (Space toggles
// it), the inject queue, the status board and the teams' messages. An ended or aborted
// session opens read-only, with "run again" to start a new one.
//
// A controller who joined from their own browser gets the same console on their guest
// connection (`role: 'controller'`), without what only the session's owner may do: end,
// abort, run again, invite (the office network), the projector, making controllers.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/session/clock';
import type { Inject } from '../../../shared/model/exercise';
import { useWhenForbidden } from '../../api/useWhenForbidden';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFocusOnArrival } from '../../components/focus';
import { ConfirmDialog } from '../editor/ConfirmDialog';
import { AdHocInjectDialog } from './AdHocInjectDialog';
import { Clock } from './Clock';
import { ClockControls, primaryClockCommand } from './ClockControls';
import { isFinished, localScenarioMs, pendingRecovery } from './consoleModel';
import { InjectQueue } from './InjectQueue';
import { InviteButton } from './InvitePanel';
import { ProjectorButton } from './ProjectorButton';
import { MessagesPanel } from './MessagesPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { ScribeDialog } from './ScribeDialog';
import { StartSessionDialog } from './StartSessionDialog';
import { StatusBoard } from './StatusBoard';
import { TeamViewsPanel } from './TeamViewsPanel';
import { useMonotonicNow, useSession } from './useSession';
import './console.css';

type Open =
  | { kind: 'adHoc' }
  | { kind: 'edit'; inject: Inject }
  | { kind: 'scribe'; injectId: string; teamId: string }
  | { kind: 'end' }
  | { kind: 'abort' }
  | { kind: 'runAgain' }
  | null;

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);

export type ConsoleRole = 'owner' | 'controller';

export function ConsoleScreen(props: {
  id: string;
  /** Who runs it here: the session's owner (staff), or a controller who joined. Owner unless said. */
  role?: ConsoleRole;
  /** A controller's own participant id: the participants panel offers no move or removal of oneself. */
  selfId?: string;
  /** A call was refused as forbidden: this connection lost its rights (a controller removed or moved). */
  onForbidden?: () => void;
}) {
  const { t } = useTranslation();
  const role = props.role ?? 'owner';
  const owner = role === 'owner';
  const { snapshot, error, setError, command } = useSession(props.id);
  useWhenForbidden(error, props.onForbidden);
  const mono = useMonotonicNow();
  const [open, setOpenState] = useState<Open>(null);
  // A dialog starts without the refusal of an earlier command.
  const setOpen = (next: Open) => {
    setError(null);
    setOpenState(next);
  };
  const view = snapshot?.view ?? null;
  const readOnly = view ? isFinished(view.status) : true;
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading, view !== null);

  // Space starts, pauses or resumes, unless focus is on something that takes Space itself.
  useEffect(() => {
    if (!view || readOnly) return;
    const clock = view.clock;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== ' ' || open || (target && (TYPING.has(target.tagName) || target.isContentEditable))) return;
      e.preventDefault();
      void command({ type: primaryClockCommand(clock) });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, readOnly, open, command]);

  if (!view || !snapshot) {
    return (
      <main className="console">
        <ErrorMessage error={error} />
        {!error && <p role="status">{t('common.loading')}</p>}
      </main>
    );
  }

  const scenarioMs = localScenarioMs(view.clock, snapshot.receivedMono, mono);
  const recoveredAt = pendingRecovery(view);
  const send = (cmd: Parameters<typeof command>[0]) => void command(cmd);

  return (
    <main className="console">
      <div className="console-head">
        <h1 ref={heading} tabIndex={-1}>
          {view.title}
        </h1>
        <span className={`badge status-${view.status}`}>{t(`console.status.${view.status}`)}</span>
        {view.rehearsal && <span className="badge rehearsal">{t('console.rehearsal')}</span>}
        <span className="meta">{t('console.joinCode', { code: view.joinCode })}</span>
        <div className="head-actions">
          {owner && !readOnly && <InviteButton joinCode={view.joinCode} />}
          {owner && <ProjectorButton sessionId={props.id} />}
          {readOnly ? (
            owner && (
              <button type="button" className="primary" onClick={() => setOpen({ kind: 'runAgain' })}>
                {t('console.runAgain')}
              </button>
            )
          ) : (
            <>
              <button type="button" onClick={() => setOpen({ kind: 'adHoc' })}>
                {t('console.adHoc.open')}
              </button>
              {owner && (
                <>
                  <button type="button" onClick={() => setOpen({ kind: 'end' })}>
                    {t('console.end.button')}
                  </button>
                  <button type="button" className="danger" onClick={() => setOpen({ kind: 'abort' })}>
                    {t('console.abort.button')}
                  </button>
                </>
              )}
            </>
          )}
        </div>
      </div>
      {!owner && <p className="notice">{t('console.controller.notice')}</p>}
      {readOnly && <p className="notice">{t('console.readOnly')}</p>}
      {recoveredAt !== null && (
        <p className="notice" role="status">
          {t('session.notice.recovered', { time: formatClock(recoveredAt) })}
        </p>
      )}
      <ErrorMessage error={error} />
      <div className="console-grid">
        <div className="console-main">
          <Clock clock={view.clock} status={view.status} scenarioMs={scenarioMs} wallNow={new Date()} />
          {!readOnly && (
            <ClockControls
              clock={view.clock}
              disabled={readOnly}
              hasNext={view.next !== null || view.upcoming.length > 0}
              onCommand={send}
            />
          )}
          <StatusBoard
            view={view}
            scenarioMs={scenarioMs}
            readOnly={readOnly}
            onScribe={(injectId, teamId) => setOpen({ kind: 'scribe', injectId, teamId })}
          />
          <MessagesPanel view={view} readOnly={readOnly} onCommand={command} />
          <ParticipantsPanel
            view={view}
            seq={snapshot.seq}
            readOnly={readOnly}
            mayAdmitControllers={owner}
            selfId={props.selfId ?? null}
            onCommand={command}
          />
          <TeamViewsPanel view={view} />
        </div>
        <InjectQueue
          view={view}
          scenarioMs={scenarioMs}
          readOnly={readOnly}
          onCommand={send}
          onEdit={(si) => setOpen({ kind: 'edit', inject: si.inject })}
        />
      </div>
      {(open?.kind === 'adHoc' || open?.kind === 'edit') && (
        <AdHocInjectDialog
          view={view}
          scenarioMs={scenarioMs}
          editing={open.kind === 'edit' ? open.inject : null}
          error={error}
          onCommand={command}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'scribe' && (
        <ScribeDialog
          view={view}
          injectId={open.injectId}
          teamId={open.teamId}
          error={error}
          onCommand={command}
          onClose={() => setOpen(null)}
        />
      )}
      {(open?.kind === 'end' || open?.kind === 'abort') && (
        <ConfirmDialog
          title={t(`console.${open.kind}.title`)}
          message={t(`console.${open.kind}.message`)}
          confirmLabel={t(`console.${open.kind}.confirm`)}
          onCancel={() => setOpen(null)}
          onConfirm={() => {
            setOpen(null);
            void command(open.kind === 'end' ? { type: 'end' } : { type: 'abort', reason: '' });
          }}
        />
      )}
      {open?.kind === 'runAgain' && (
        <StartSessionDialog
          exerciseId={view.exercise.id}
          title={view.exercise.title}
          teams={view.exercise.teams}
          onClose={() => setOpen(null)}
        />
      )}
    </main>
  );
}
