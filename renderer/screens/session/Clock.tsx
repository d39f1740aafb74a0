// The big scenario clock and the wall time beside it, readable across a room.
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/session/clock';
import type { StaffView } from '../../../shared/session/views';

export function Clock(props: {
  clock: StaffView['clock'];
  status: StaffView['status'];
  scenarioMs: number;
  wallNow: Date;
}) {
  const { t, i18n } = useTranslation();
  const { clock } = props;
  const state = !clock.started ? 'notStarted' : clock.running ? 'running' : 'paused';
  const wall = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(props.wallNow);
  return (
    <section className={`console-clock ${state}`} aria-label={t('console.clock.label')}>
      <div className="scenario">
        <span className="caption">{t('console.clock.scenario')}</span>
        <time className="big" role="timer" aria-live="off" aria-label={t('console.clock.scenario')}>
          {formatClock(props.scenarioMs)}
        </time>
      </div>
      <div className="clock-side">
        <p>
          <span className="caption">{t('console.clock.wall')}</span> <time>{wall}</time>
        </p>
        <p className="clock-state" role="status">
          {props.status === 'ended' || props.status === 'aborted'
            ? t(`console.status.${props.status}`)
            : `${t(`console.clock.state.${state}`)} · ×${clock.speed}`}
        </p>
      </div>
    </section>
  );
}
