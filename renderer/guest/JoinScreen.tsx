// Placeholder, replaced by the join page, waiting room and team view.
import { useTranslation } from 'react-i18next';

export function JoinScreen(_props: { code: string | null; online: boolean }) {
  const { t } = useTranslation();
  return (
    <main>
      <h1>{t('common.appName')}</h1>
    </main>
  );
}
