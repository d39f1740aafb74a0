// Start / pause / resume as one obvious primary button, the speeds, and the jumps.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOCK_SPEEDS } from '../../../shared/session/events';
import type { SessionCommandInput } from '../../../shared/session/commands';
import type { StaffView } from '../../../shared/session/views';
import { parseScenarioTime } from './consoleModel';

export function primaryClockCommand(clock: StaffView['clock']): 'start' | 'pause' | 'resume' {
  return !clock.started ? 'start' : clock.running ? 'pause' : 'resume';
}

export function ClockControls(props: {
  clock: StaffView['clock'];
  disabled: boolean;
  hasNext: boolean;
  onCommand(command: SessionCommandInput): void;
}) {
  const { t } = useTranslation();
  const [jumpTo, setJumpTo] = useState('');
  const [jumpError, setJumpError] = useState(false);
  const primary = primaryClockCommand(props.clock);

  function jump() {
    const toMs = parseScenarioTime(jumpTo);
    setJumpError(toMs === null);
    if (toMs !== null) {
      props.onCommand({ type: 'jump', toMs });
      setJumpTo('');
    }
  }

  return (
    <section className="clock-controls" aria-label={t('console.controls.label')}>
      <button
        type="button"
        className="primary big-action"
        disabled={props.disabled}
        aria-keyshortcuts="Space"
        onClick={() => props.onCommand({ type: primary })}
      >
        {t(`console.controls.${primary}`)}
      </button>
      <div className="speeds" role="group" aria-label={t('console.controls.speed')}>
        {CLOCK_SPEEDS.map((speed) => (
          <button
            key={speed}
            type="button"
            aria-pressed={props.clock.speed === speed}
            aria-label={t('console.controls.speedAt', { speed })}
            disabled={props.disabled}
            onClick={() => props.onCommand({ type: 'setSpeed', speed })}
          >
            ×{speed}
          </button>
        ))}
      </div>
      <button
        type="button"
        disabled={props.disabled || !props.clock.started || !props.hasNext}
        onClick={() => props.onCommand({ type: 'jumpNext' })}
      >
        {t('console.controls.jumpNext')}
      </button>
      <form
        className="jump"
        onSubmit={(e) => {
          e.preventDefault();
          jump();
        }}
      >
        <label>
          <span>{t('console.controls.jumpTo')}</span>
          <input
            value={jumpTo}
            placeholder="01:30:00"
            inputMode="numeric"
            aria-invalid={jumpError}
            disabled={props.disabled || !props.clock.started}
            onChange={(e) => setJumpTo(e.target.value)}
          />
        </label>
        <button type="submit" disabled={props.disabled || !props.clock.started || jumpTo.trim() === ''}>
          {t('console.controls.jump')}
        </button>
        {jumpError && (
          <span role="alert" className="error">
            {t('console.controls.jumpInvalid')}
          </span>
        )}
      </form>
    </section>
  );
}
