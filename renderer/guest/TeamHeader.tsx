// The team (colour and name), the scenario clock ticking on from the view, and the phase.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../shared/session/clock';
import type { TeamView } from '../../shared/session/views';
import { TeamSwatch } from './TeamSwatch';

/** Scenario time now: the view's, plus the time since it arrived at the clock's speed. */
export function tickingScenarioMs(clock: TeamView['clock'], receivedMono: number, nowMono: number): number {
  if (!clock.running) return clock.scenarioMs;
  return clock.scenarioMs + Math.max(0, nowMono - receivedMono) * clock.speed;
}

export function TeamHeader(props: { view: TeamView; receivedMono: number; soundToggle?: ReactNode }) {
  const { t } = useTranslation();
  const { view } = props;
  const { clock } = view;
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!clock.running) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [clock.running]);
  const state = !clock.started ? 'notStarted' : clock.running ? 'running' : 'paused';
  return (
    <header className="team-header">
      <div className="team-name">
        <TeamSwatch colour={view.team.colour} />
        <div>
          <h1>{view.team.name}</h1>
          {view.team.agency && <p className="agency">{view.team.agency}</p>}
        </div>
      </div>
      <div className="team-clock">
        <time role="timer" aria-live="off" aria-label={t('guest.clock.label')} className="scenario-time">
          {formatClock(tickingScenarioMs(clock, props.receivedMono, now))}
        </time>
        <span className="clock-state">
          {t(`guest.clock.${state}`)}
          {clock.running && clock.speed !== 1 ? ` · ×${clock.speed}` : ''}
        </span>
      </div>
      <p className="session-line">
        <span>{view.title}</span>
        {view.phase && <span> · {t('guest.phase', { name: view.phase.name })}</span>}
      </p>
      {props.soundToggle}
    </header>
  );
}
