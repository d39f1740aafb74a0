import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale } from '../../shared/i18n/locales';
import { useApi } from '../api/ApiContext';
import { rememberLocale } from '../i18n';

// Each language is named in itself, so someone who can't read the current one still finds theirs.
const ENDONYMS: Record<(typeof LOCALES)[number], string> = {
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
};

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
            {ENDONYMS[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
