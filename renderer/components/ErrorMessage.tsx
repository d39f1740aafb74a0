import { useTranslation } from 'react-i18next';
import { describeError } from '../errors';

export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { key, params } = describeError(error);
  return (
    <p role="alert" className="error">
      {t(key, params)}
    </p>
  );
}
