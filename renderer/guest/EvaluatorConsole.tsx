// An evaluator follows the console read-only: the clock, the inject queue, the status
// board and the teams' messages, with no control at all (the host refuses every command
// from an evaluator anyway; here there is simply nothing to press). Reached from the join
// page once the facilitator admits the person as an evaluator.
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { Clock } from '../screens/session/Clock';
import { localScenarioMs } from '../screens/session/consoleModel';
import { InjectQueue } from '../screens/session/InjectQueue';
import { MessagesPanel } from '../screens/session/MessagesPanel';
import { StatusBoard } from '../screens/session/StatusBoard';
import { useMonotonicNow, useSession } from '../screens/session/useSession';
import { useRecheckWhenRefused } from './useRecheckWhenRefused';
import '../screens/session/console.css';

const nothing = () => {};
const refused = () => Promise.resolve(false);

/** For a browser the host knows as an evaluator of `sessionId` (JoinScreen decides). */
export function EvaluatorConsole({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { snapshot, error } = useSession(sessionId);
  const mono = useMonotonicNow();
  // Moved into a team or removed since: the join page shows what this browser is now.
  const rechecking = useRecheckWhenRefused(error);
  if (!snapshot || rechecking) {
    return (
      <main className="console">
        {!rechecking && <ErrorMessage error={error} />}
        {(!error || rechecking) && <p role="status">{t('common.loading')}</p>}
      </main>
    );
  }
  const { view } = snapshot;
  const scenarioMs = localScenarioMs(view.clock, snapshot.receivedMono, mono);
  return (
    <main className="console evaluator-console">
      <div className="console-head">
        <h1>{view.title}</h1>
        <span className={`badge status-${view.status}`}>{t(`console.status.${view.status}`)}</span>
        {view.rehearsal && <span className="badge rehearsal">{t('console.rehearsal')}</span>}
      </div>
      <p className="notice">{t('console.evaluator.readOnly')}</p>
      <ErrorMessage error={error} />
      <div className="console-grid">
        <div className="console-main">
          <Clock clock={view.clock} status={view.status} scenarioMs={scenarioMs} wallNow={new Date()} />
          <StatusBoard view={view} scenarioMs={scenarioMs} readOnly onScribe={nothing} />
          <MessagesPanel view={view} readOnly onCommand={refused} />
        </div>
        <InjectQueue view={view} scenarioMs={scenarioMs} readOnly onCommand={nothing} onEdit={nothing} />
      </div>
    </main>
  );
}
