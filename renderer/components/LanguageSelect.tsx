import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale, LOCALE_ENDONYMS, type Locale } from '../../shared/i18n/locales';
import { useApi } from '../api/ApiContext';
import { switchLocale } from '../i18n';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  // The language's texts are fetched on first use: until they are here the screen stays
  // in the language it was in; if they cannot be fetched, the user is told.
  const [failed, setFailed] = useState(false);
  /** The language chosen while its texts are on their way: the select shows it, not the old one. */
  const [pending, setPending] = useState<Locale | null>(null);
  return (
    <label className="language-select">
      <span>{t('common.language')}</span>
      <select
        value={pending ?? i18n.language}
        onChange={(event) => {
          const locale = event.target.value;
          if (!isLocale(locale)) return;
          setFailed(false);
          setPending(locale);
          switchLocale(i18n, locale).then(
            () => {
              setPending(null);
              api.call('app.setLocale', { locale }).catch((error: unknown) => console.error(error));
            },
            (error: unknown) => {
              console.error('drillbook: could not load the language', locale, error);
              setPending(null);
              setFailed(true);
            },
          );
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_ENDONYMS[locale]}
          </option>
        ))}
      </select>
      {failed && (
        <span role="alert" className="error">
          {t('common.languageUnavailable')}
        </span>
      )}
    </label>
  );
}
