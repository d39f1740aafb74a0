// Why this browser is not (or no longer) in a session, and a way to start again.
import { useTranslation } from 'react-i18next';
import { useStartAgain } from './useStartAgain';

export function GuestProblem({ messageKey, params }: { messageKey: string; params?: Record<string, unknown> }) {
  const { t } = useTranslation();
  const startAgain = useStartAgain();
  return (
    <main className="guest">
      <section className="guest-card">
        <h1>{t('guest.problem.title')}</h1>
        <p role="alert">{t(messageKey, params ?? {})}</p>
        <button type="button" className="primary big" onClick={startAgain}>
          {t('guest.problem.startAgain')}
        </button>
      </section>
    </main>
  );
}
