// Dates, times and numbers in the language shown (formatters.ts makes them).
import { useTranslation } from 'react-i18next';
import { formattersFor, type Formatters } from './formatters';

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}
