// The guest address for everyone taking part: join with the code, wait to be admitted,
// then what the facilitator admitted this person as — a team member (the team's view), an
// evaluator (the console, read-only) or a controller (the console, to run the session).
// Which shows depends on who the host says this browser is (GuestContext), so a reload or
// a host restart lands on the right one.
import { useTranslation } from 'react-i18next';
import { ConsoleScreen } from '../screens/session/ConsoleScreen';
import { EvaluatorConsole } from './EvaluatorConsole';
import { useGuest } from './GuestContext';
import { GuestProblem } from './GuestProblem';
import { JoinForm } from './JoinForm';
import { ParticipantHome } from './ParticipantHome';
import { useBrowserOnline } from './useBrowserOnline';
import './guest.css';

export function JoinScreen({ code, online: connected }: { code: string | null; online: boolean }) {
  const { t } = useTranslation();
  const { identity, recheck } = useGuest();
  const online = useBrowserOnline() && connected;
  switch (identity.status) {
    case 'resuming':
      return (
        <main className="guest">
          <p role="status">{t('common.loading')}</p>
        </main>
      );
    case 'none':
      return <JoinForm initialCode={code} />;
    case 'lost':
      return <GuestProblem messageKey={identity.messageKey} />;
    case 'known': {
      const { principal } = identity;
      switch (principal.kind) {
        case 'waiting':
        case 'participant':
          return <ParticipantHome sessionId={principal.sessionId} online={online} />;
        case 'evaluator':
          return <EvaluatorConsole key={principal.sessionId} sessionId={principal.sessionId} />;
        case 'controller':
          return (
            <ConsoleScreen
              key={principal.sessionId}
              id={principal.sessionId}
              role="controller"
              selfId={principal.staffId}
              onForbidden={recheck}
            />
          );
        default:
          return <GuestProblem messageKey="guest.problem.notParticipant" />;
      }
    }
  }
}
