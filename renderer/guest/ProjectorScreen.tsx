// The room's screen: the scenario clock and the wall time, the exercise and its phase, the
// injects marked for everyone (the newest large, earlier ones listed) and the discussion
// questions raised. Only what the projector view holds — the host built it for the whole
// room, so nothing secret can show. Large type and high contrast, to read from the back.
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../shared/session/clock';
import type { ProjectorView } from '../../shared/session/views';
import { useApi } from '../api/ApiContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { localScenarioMs } from '../screens/session/consoleModel';
import { useMonotonicNow } from '../screens/session/useSession';
import { useGuest } from './GuestContext';
import { ProjectorInjects } from './ProjectorInjects';
import { projectorState } from './projectorModel';
import { useLiveView } from './useLiveView';
import './projector.css';

export function ProjectorScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const { identity } = useGuest();
  const sessionId =
    identity.status === 'known' && identity.principal.kind === 'projector' ? identity.principal.sessionId : null;
  const { received, error } = useLiveView<ProjectorView>(
    sessionId,
    sessionId === null ? null : () => api.call('session.projectorView', { sessionId }),
  );

  if (identity.status === 'lost' || identity.status === 'none') {
    return (
      <main className="projector projector-message">
        <p role="alert">{t(identity.status === 'lost' ? identity.messageKey : 'console.projector.noLink')}</p>
      </main>
    );
  }
  if (!received) {
    return (
      <main className="projector projector-message">
        <ErrorMessage error={error} />
        {!error && <p role="status">{t('common.loading')}</p>}
      </main>
    );
  }
  return <ProjectorDisplay view={received.view} receivedMono={received.receivedMono} />;
}

function ProjectorDisplay({ view, receivedMono }: { view: ProjectorView; receivedMono: number }) {
  const { t, i18n } = useTranslation();
  const mono = useMonotonicNow(250);
  const state = projectorState(view);
  const wall = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(new Date());
  return (
    <main className={`projector state-${state}`}>
      <header className="projector-head">
        <div>
          <h1>{view.title}</h1>
          {view.phase && (
            <p className="projector-phase">
              <span className="caption">{t('console.projector.phase')}</span>
              <strong>{view.phase.name}</strong>
            </p>
          )}
        </div>
        <div className="projector-clocks">
          <p className="projector-scenario">
            <span className="caption">{t('console.clock.scenario')}</span>
            <time role="timer" aria-label={t('console.clock.scenario')}>
              {formatClock(localScenarioMs(view.clock, receivedMono, mono))}
            </time>
          </p>
          <p className="projector-wall">
            <span className="caption">{t('console.clock.wall')}</span> <time>{wall}</time>
          </p>
        </div>
      </header>
      {state !== 'running' && (
        <p className="projector-state" role="status">
          {t(`console.projector.state.${state}`)}
        </p>
      )}
      <ProjectorInjects view={view} />
    </main>
  );
}
