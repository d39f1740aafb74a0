import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Locale } from '../../../shared/i18n/locales';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { FilePicker } from '../../components/FilePicker';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fileToBase64 } from '../../files';
import { useFormatters } from '../../format';

type Preview = MethodOutput<'exchange.preview'>;
type Choice = 'copy' | 'replace' | 'skip';

export function ImportDrillDialog(props: { onClose(): void; onImported(count: number): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const fmt = useFormatters();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function choose(selected: File | undefined) {
    setPreview(null);
    setError(null);
    if (!selected) return;
    setBusy(true);
    try {
      const base64 = await fileToBase64(selected);
      setFile({ name: selected.name, base64 });
      const result = await api.call('exchange.preview', { base64 });
      setPreview(result);
      setChoices(Object.fromEntries(result.exercises.filter((e) => e.exists).map((e) => [e.id, 'copy' as Choice])));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function runImport() {
    if (!file) return;
    setBusy(true);
    try {
      const result = await api.call('exchange.import', {
        base64: file.base64,
        choices,
        locale: i18n.language as Locale,
      });
      props.onImported(result.imported.length);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('drill.import.title')} onClose={props.onClose} wide>
      <FilePicker
        label={t('library.import.chooseFile')}
        accept=".drill,application/zip"
        onFile={(file) => void choose(file)}
      />
      <ErrorMessage error={error} />
      {preview && (
        <>
          <h3>{t('drill.import.preview')}</h3>
          <p className="meta">
            {t('library.import.fileInfo', { when: fmt.dateTime(preview.createdAt), version: preview.appVersion })}
          </p>
          <ul className="import-list" aria-label={t('drill.import.preview')}>
            {preview.exercises.map((ex) => (
              <li key={ex.id}>
                <strong lang={ex.language}>{ex.title}</strong>{' '}
                <span className="meta">
                  {t('library.teamCount', { count: ex.teamCount })} ·{' '}
                  {t('library.injectCount', { count: ex.injectCount })}
                </span>
                {ex.exists ? (
                  <fieldset className="conflict">
                    <legend>{t('drill.import.conflict.title')}</legend>
                    {(['copy', 'replace', 'skip'] as const).map((choice) => (
                      <label key={choice} className="inline">
                        <input
                          type="radio"
                          name={`choice-${ex.id}`}
                          checked={choices[ex.id] === choice}
                          onChange={() => setChoices({ ...choices, [ex.id]: choice })}
                        />
                        {t(
                          choice === 'copy'
                            ? 'drill.import.conflict.asCopy'
                            : choice === 'replace'
                              ? 'drill.import.conflict.replace'
                              : 'library.import.skip',
                        )}
                      </label>
                    ))}
                  </fieldset>
                ) : (
                  <span className="badge">{t('library.import.new')}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={!preview || busy} onClick={() => void runImport()}>
          {preview ? t('library.import.run', { count: preview.exercises.length }) : t('drill.import.title')}
        </button>
      </div>
    </Dialog>
  );
}
