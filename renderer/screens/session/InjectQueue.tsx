// What comes next: the countdown to the next inject, manual injects waiting for the
// facilitator, the planned queue (release now, hold, skip, re-time, edit), the
// contingency reserve and what has been released.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/session/clock';
import type { SessionCommandInput } from '../../../shared/session/commands';
import type { StaffView } from '../../../shared/session/views';
import { formatCountdown, groupQueue, parseScenarioTime, recipientNames, type StaffInject } from './consoleModel';

type Props = {
  view: StaffView;
  scenarioMs: number;
  readOnly: boolean;
  onCommand(command: SessionCommandInput): void;
  onEdit(inject: StaffInject): void;
};

export function InjectQueue(props: Props) {
  const { t } = useTranslation();
  const groups = groupQueue(props.view.injects, props.scenarioMs);
  const next = props.view.next && props.view.injects.find((si) => si.inject.id === props.view.next?.injectId);

  const row = (si: StaffInject, actions: 'waiting' | 'scheduled' | 'reserve' | 'none') => (
    <InjectRow
      key={si.inject.id}
      si={si}
      actions={props.readOnly ? 'none' : actions}
      teams={props.view.teams}
      onCommand={props.onCommand}
      onEdit={() => props.onEdit(si)}
    />
  );

  return (
    // Scrolls on its own beside the board on a wide screen: focusable, so keys scroll it.
    <section className="inject-queue" aria-labelledby="queue-title" tabIndex={0}>
      <h2 id="queue-title">{t('console.queue.title')}</h2>
      <p className="next-inject" role="status">
        {next && props.view.next
          ? t('console.queue.next', {
              number: next.inject.number,
              title: next.inject.title,
              countdown: formatCountdown(props.view.next.atMs - props.scenarioMs),
            })
          : t('console.queue.noNext')}
      </p>
      <QueueSection title={t('console.queue.waitingManual')} items={groups.waitingManual} urgent>
        {groups.waitingManual.map((si) => row(si, 'waiting'))}
      </QueueSection>
      <QueueSection title={t('console.queue.scheduled')} items={groups.scheduled}>
        {groups.scheduled.map((si) => row(si, 'scheduled'))}
      </QueueSection>
      <QueueSection title={t('console.queue.reserve')} items={groups.reserve}>
        {groups.reserve.map((si) => row(si, 'reserve'))}
      </QueueSection>
      <QueueSection title={t('console.queue.released')} items={groups.released}>
        {groups.released.map((si) => row(si, 'none'))}
      </QueueSection>
      {groups.skipped.length > 0 && (
        <QueueSection title={t('console.queue.skipped')} items={groups.skipped}>
          {groups.skipped.map((si) => row(si, 'none'))}
        </QueueSection>
      )}
    </section>
  );
}

function QueueSection(props: { title: string; items: StaffInject[]; urgent?: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className={props.urgent && props.items.length > 0 ? 'queue-section urgent' : 'queue-section'}>
      <h3>
        {props.title} <span className="count">({props.items.length})</span>
      </h3>
      {props.items.length === 0 ? (
        <p className="meta">{t('console.queue.none')}</p>
      ) : (
        <ul aria-label={props.title}>{props.children}</ul>
      )}
    </section>
  );
}

function InjectRow(props: {
  si: StaffInject;
  actions: 'waiting' | 'scheduled' | 'reserve' | 'none';
  teams: StaffView['teams'];
  onCommand(command: SessionCommandInput): void;
  onEdit(): void;
}) {
  const { t } = useTranslation();
  const { inject, status } = props.si;
  const [retiming, setRetiming] = useState<string | null>(null);
  const named = (verb: string) => `${verb}: ${inject.number} ${inject.title}`;
  const injectId = inject.id;
  const names = recipientNames(props.si, props.teams);
  const recipients =
    names === 'all' ? t('console.queue.everyone') : names.length > 0 ? names.join(', ') : t('console.queue.nobody');
  const when = props.si.released ? formatClock(props.si.released.scenarioMs) : formatClock(inject.offsetSec * 1000);

  return (
    <li className={`queue-item ${status}`}>
      <div className="queue-line">
        <span className="number">{inject.number}</span>
        <span className="when">{when}</span>
        <span className="title">{inject.title}</span>
      </div>
      <p className="meta">
        {t(`console.release.${inject.contingency ? 'contingency' : inject.release}`)}
        {props.si.adHoc && ` · ${t('console.queue.adHoc')}`}
        {status === 'held' && ` · ${t('console.queue.held')}`}
        {` · ${recipients}`}
      </p>
      {props.actions !== 'none' && (
        <div className="queue-actions">
          <button
            type="button"
            className={props.actions === 'waiting' ? 'primary' : undefined}
            aria-label={named(t(props.actions === 'reserve' ? 'console.queue.play' : 'console.queue.releaseNow'))}
            onClick={() => props.onCommand({ type: 'release', injectId })}
          >
            {t(props.actions === 'reserve' ? 'console.queue.play' : 'console.queue.releaseNow')}
          </button>
          {props.actions === 'scheduled' &&
            (status === 'held' ? (
              <button
                type="button"
                aria-label={named(t('console.queue.unhold'))}
                onClick={() => props.onCommand({ type: 'unhold', injectId })}
              >
                {t('console.queue.unhold')}
              </button>
            ) : (
              <button
                type="button"
                aria-label={named(t('console.queue.hold'))}
                onClick={() => props.onCommand({ type: 'hold', injectId })}
              >
                {t('console.queue.hold')}
              </button>
            ))}
          <button
            type="button"
            aria-label={named(t('console.queue.skip'))}
            onClick={() => props.onCommand({ type: 'skip', injectId })}
          >
            {t('console.queue.skip')}
          </button>
          <button
            type="button"
            aria-label={named(t('console.queue.retime'))}
            aria-expanded={retiming !== null}
            onClick={() => setRetiming(retiming === null ? formatClock(inject.offsetSec * 1000).slice(2) : null)}
          >
            {t('console.queue.retime')}
          </button>
          <button type="button" aria-label={named(t('console.queue.edit'))} onClick={props.onEdit}>
            {t('console.queue.edit')}
          </button>
        </div>
      )}
      {retiming !== null && (
        <form
          className="retime"
          onSubmit={(e) => {
            e.preventDefault();
            const ms = parseScenarioTime(retiming);
            if (ms === null) return;
            props.onCommand({ type: 'retime', injectId, offsetSec: Math.round(ms / 1000) });
            setRetiming(null);
          }}
        >
          <label>
            <span>{t('console.queue.newTime')}</span>
            <input
              value={retiming}
              autoFocus
              aria-invalid={parseScenarioTime(retiming) === null}
              onChange={(e) => setRetiming(e.target.value)}
            />
          </label>
          <button type="submit" disabled={parseScenarioTime(retiming) === null}>
            {t('common.save')}
          </button>
          <button type="button" onClick={() => setRetiming(null)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </li>
  );
}
