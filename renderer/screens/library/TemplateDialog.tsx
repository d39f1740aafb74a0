import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../shared/api/contract';
import { bestVersion, LOCALE_ENDONYMS, readingPreference, type Locale } from '../../../shared/i18n/locales';
import type { Exercise } from '../../../shared/model/exercise';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';

/** The version to offer first: the one this reader reads best. */
function preferredVersion(template: TemplateSummary, uiLocale: Locale): Locale {
  return bestVersion(
    template.versions.map((v) => v.locale),
    uiLocale,
  )!;
}

/** Templates the reader can read best come first; the order is otherwise kept. */
function byReadability(templates: TemplateSummary[], uiLocale: Locale): TemplateSummary[] {
  const rank = (t: TemplateSummary) => readingPreference(uiLocale).indexOf(preferredVersion(t, uiLocale));
  return [...templates].sort((a, b) => rank(a) - rank(b));
}

export function TemplateDialog(props: { onClose(): void; onCreated(exercise: Exercise): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [chosen, setChosen] = useState<Record<string, Locale>>({});
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.call('templates.list', {}).then((r) => setTemplates(r.templates), setError);
  }, [api]);

  async function use(template: TemplateSummary) {
    try {
      const locale = chosen[template.key] ?? preferredVersion(template, i18n.language as Locale);
      props.onCreated(await api.call('templates.instantiate', { key: template.key, locale }));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <Dialog title={t('library.templates.title')} onClose={props.onClose} wide>
      <p>{t('library.templates.intro')}</p>
      <ErrorMessage error={error} />
      {templates === null && !error && <p role="status">{t('common.loading')}</p>}
      <ul className="template-list">
        {templates &&
          byReadability(templates, i18n.language as Locale).map((template) => {
            const locale = chosen[template.key] ?? preferredVersion(template, i18n.language as Locale);
            const version = template.versions.find((v) => v.locale === locale)!;
            return (
              <li key={template.key} className="template">
                <h3 lang={locale}>{version.title}</h3>
                <p lang={locale}>{version.description}</p>
                <p className="meta">
                  {t(`library.kind.${template.kind}`)} · {t(`library.hazard.${template.hazard}`)} ·{' '}
                  {t('library.teamCount', { count: version.teamCount })} ·{' '}
                  {t('library.injectCount', { count: version.injectCount })}
                </p>
                <div className="template-actions">
                  <label>
                    <span>{t('library.templates.language')}</span>
                    <select
                      value={locale}
                      onChange={(e) => setChosen({ ...chosen, [template.key]: e.target.value as Locale })}
                    >
                      {template.versions.map((v) => (
                        <option key={v.locale} value={v.locale} lang={v.locale}>
                          {LOCALE_ENDONYMS[v.locale]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button
                    type="button"
                    className="primary"
                    aria-label={`${t('library.templates.use')}: ${version.title}`}
                    onClick={() => void use(template)}
                  >
                    {t('library.templates.use')}
                  </button>
                </div>
              </li>
            );
          })}
      </ul>
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
