import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale, LOCALE_ENDONYMS } from '../../shared/i18n/locales';
import { useApi } from '../api/ApiContext';
import { rememberLocale } from '../i18n';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  return (
    <label className="language-select">
      <span>{t('common.language')}</span>
      <select
        value={i18n.language}
        onChange={(event) => {
          const locale = event.target.value;
          if (!isLocale(locale)) return;
          void i18n.changeLanguage(locale);
          rememberLocale(locale);
          api.call('app.setLocale', { locale }).catch((error: unknown) => console.error(error));
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_ENDONYMS[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
