// The guest address for people taking part: join with the code, wait to be admitted,
// then follow the team's view. Which of these shows depends on who the host says this
// browser is (GuestContext), so a reload or a host restart lands on the right one.
import { useTranslation } from 'react-i18next';
import { useGuest } from './GuestContext';
import { GuestProblem } from './GuestProblem';
import { JoinForm } from './JoinForm';
import { ParticipantHome } from './ParticipantHome';
import { useBrowserOnline } from './useBrowserOnline';
import './guest.css';

export function JoinScreen({ code, online: connected }: { code: string | null; online: boolean }) {
  const { t } = useTranslation();
  const { identity } = useGuest();
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
      if (principal.kind === 'waiting' || principal.kind === 'participant')
        return <ParticipantHome sessionId={principal.sessionId} online={online} />;
      return <GuestProblem messageKey="guest.problem.notParticipant" />;
    }
  }
}
