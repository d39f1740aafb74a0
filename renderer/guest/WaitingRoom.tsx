// Joined, not yet admitted: who this is, what they asked for, and that the page will change
// by itself (useMyView follows the session).
import { useTranslation } from 'react-i18next';
import type { MyView } from './useMyView';
import { useStartAgain } from './useStartAgain';

export function WaitingRoom({ waiting }: { waiting: Extract<MyView, { kind: 'waiting' }> }) {
  const { t } = useTranslation();
  const startAgain = useStartAgain();
  const role = t(`guest.join.roles.${waiting.requestedRole}`);
  const over = waiting.status === 'ended' || waiting.status === 'aborted';
  return (
    <main className="guest">
      <section className="guest-card waiting" aria-labelledby="waiting-title">
        <p className="caption">{waiting.title}</p>
        <h1 id="waiting-title">{over ? t(`guest.status.${waiting.status}`) : t('guest.waiting.title')}</h1>
        {!over && (
          <>
            <p role="status" className="waiting-pulse">
              {t('guest.waiting.body', { name: waiting.name })}
            </p>
            <dl className="asked">
              <dt>{t('guest.join.role')}</dt>
              <dd>{role}</dd>
              {waiting.requestedTeamName !== null && (
                <>
                  <dt>{t('guest.join.team')}</dt>
                  <dd>{waiting.requestedTeamName}</dd>
                </>
              )}
            </dl>
            <p className="hint">
              {t(waiting.requestedRole === 'team' ? 'guest.waiting.keepOpen' : 'guest.waiting.keepOpenConsole')}
            </p>
          </>
        )}
        <button type="button" className="link" onClick={startAgain}>
          {t('guest.leave')}
        </button>
      </section>
    </main>
  );
}
