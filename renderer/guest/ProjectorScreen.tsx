// Placeholder, replaced by the projector display.
import { useTranslation } from 'react-i18next';

export function ProjectorScreen() {
  const { t } = useTranslation();
  return (
    <main>
      <h1>{t('common.appName')}</h1>
    </main>
  );
}
