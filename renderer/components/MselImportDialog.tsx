// Import injects from a spreadsheet: read the file (the host decodes CSV code pages),
// match columns to MSEL fields, say how its times are meant and what to do with
// recipients that are not teams yet, preview every row with its problems, then append
// the good rows (and create the chosen teams). Nothing is written before the last step.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/api/contract';
import type { Exercise } from '../../shared/model/exercise';
import { guessMapping, missingRequiredFields, MSEL_FIELDS, type ColumnMapping } from '../../shared/msel/columns';
import { CSV_ENCODINGS, type CsvEncoding } from '../../shared/msel/encodings';
import type { UnknownRecipient } from '../../shared/msel/importRows';
import type { TimeBase } from '../../shared/msel/timeColumn';
import { PreviewTable } from './msel/PreviewTable';
import { choicesToInput, defaultChoice, RecipientChoices, type RecipientChoice } from './msel/RecipientChoices';
import { TimeBaseChoice } from './msel/TimeBaseChoice';
import { useApi } from '../api/ApiContext';
import { fileToBase64 } from '../files';
import { Dialog } from './Dialog';
import { FilePicker } from './FilePicker';
import { ErrorMessage } from './ErrorMessage';

export type MselImportDialogProps = {
  exercise: Exercise;
  onClose(): void;
  /** The exercise as saved after the import (new revision, injects appended). */
  onImported(exercise: Exercise): void;
};

type Sheets = MethodOutput<'msel.read'>;
type Preview = MethodOutput<'msel.preview'>;

export function MselImportDialog({ exercise, onClose, onImported }: MselImportDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [encoding, setEncoding] = useState<CsvEncoding | null>(null);
  const [sheets, setSheets] = useState<Sheets | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  // null: as the host guesses from the column.
  const [timeBase, setTimeBase] = useState<TimeBase | null>(null);
  // Every unknown recipient seen for this file and mapping, and what to do with each:
  // choosing "create" takes a name out of the next preview's unknowns, so they are kept here.
  const [recipients, setRecipients] = useState<UnknownRecipient[]>([]);
  const [choices, setChoices] = useState<Record<string, RecipientChoice>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const rows = useMemo(() => sheets?.sheets[sheetIndex]?.rows ?? [], [sheets, sheetIndex]);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columnName = (i: number) => (hasHeader && rows[0]?.[i]?.trim()) || `${t('spreadsheet.import.column')} ${i + 1}`;

  // Reading (and re-reading with another encoding) goes to the host.
  useEffect(() => {
    if (!file) return;
    let current = true;
    api.call('msel.read', { fileName: file.name, base64: file.base64, encoding }).then(
      (result) => {
        if (!current) return;
        setSheets(result);
        setSheetIndex(0);
        setMapping(guessMapping(result.sheets[0]?.rows[0] ?? []));
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api, file, encoding]);

  const missing = mapping ? missingRequiredFields(mapping) : [];
  const ready = mapping !== null && rows.length > 0 && missing.length === 0;
  // Another file, sheet or mapping: recipients and time reading start over (reset while
  // rendering, React's way to adjust state to a changed input).
  const scope = { rows, to: mapping?.to, time: mapping?.time, hasHeader };
  const [seenScope, setSeenScope] = useState(scope);
  if (
    seenScope.rows !== rows ||
    seenScope.to !== scope.to ||
    seenScope.time !== scope.time ||
    seenScope.hasHeader !== hasHeader
  ) {
    setSeenScope(scope);
    setRecipients([]);
    setChoices({});
    setTimeBase(null);
  }
  const recipientInput = useMemo(() => choicesToInput(choices), [choices]);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    api.call('msel.preview', { id: exercise.id, rows, mapping, hasHeader, timeBase, ...recipientInput }).then(
      (p) => {
        if (!current) return;
        setPreview(p);
        setError(null);
        const fresh = p.unknownRecipients.filter((u) => !recipients.some((r) => r.name === u.name));
        if (fresh.length > 0) {
          setRecipients([...recipients, ...fresh]);
          setChoices({ ...choices, ...Object.fromEntries(fresh.map((u) => [u.name, defaultChoice(u)])) });
        }
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
    // recipients and choices are read, not watched: recipientInput carries the choices.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, exercise.id, rows, mapping, hasHeader, ready, timeBase, recipientInput]);
  // A preview of an earlier mapping is not shown once the mapping is incomplete.
  const shown = ready ? preview : null;
  // Rows with warnings are imported too; only rows with errors are left out.
  const importable = shown ? shown.counts.ok + shown.counts.warnings : 0;

  async function choose(selected: File | undefined) {
    setSheets(null);
    setPreview(null);
    setEncoding(null);
    if (!selected) return;
    setFile({ name: selected.name, base64: await fileToBase64(selected) });
  }

  async function runImport() {
    if (!mapping) return;
    setBusy(true);
    try {
      const result = await api.call('msel.import', {
        id: exercise.id,
        baseRevision: exercise.revision,
        rows,
        mapping,
        hasHeader,
        timeBase,
        ...recipientInput,
      });
      onImported(result.exercise);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('spreadsheet.import.title')} onClose={onClose} wide>
      <FilePicker
        label={t('spreadsheet.import.chooseFile')}
        accept=".csv,.txt,.xlsx,text/csv"
        onFile={(file) => void choose(file)}
      />
      <ErrorMessage error={error} />
      {sheets && (
        <div className="import-options">
          {sheets.format === 'csv' && (
            <label>
              {t('spreadsheet.import.encoding')}
              <select value={sheets.encoding ?? ''} onChange={(e) => setEncoding(e.target.value as CsvEncoding)}>
                {CSV_ENCODINGS.map((enc) => (
                  <option key={enc} value={enc}>
                    {t(`spreadsheet.encodings.${enc}`)}
                  </option>
                ))}
              </select>
              <span className="meta">
                {t('spreadsheet.import.encodingDetected', {
                  encoding: t(`spreadsheet.encodings.${sheets.detected ?? 'utf-8'}`),
                })}
              </span>
            </label>
          )}
          {sheets.sheets.length > 1 && (
            <label>
              {t('spreadsheet.import.sheet')}
              <select
                value={sheetIndex}
                onChange={(e) => {
                  const index = Number(e.target.value);
                  setSheetIndex(index);
                  setMapping(guessMapping(sheets.sheets[index]?.rows[0] ?? []));
                }}
              >
                {sheets.sheets.map((s, i) => (
                  <option key={s.name} value={i}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="inline">
            <input type="checkbox" checked={hasHeader} onChange={(e) => setHasHeader(e.target.checked)} />
            {t('spreadsheet.import.hasHeader')}
          </label>
        </div>
      )}
      {mapping && rows.length > 0 && (
        <fieldset className="mapping">
          <legend>{t('spreadsheet.import.mapping')}</legend>
          {MSEL_FIELDS.map((field) => (
            <label key={field}>
              {t(`spreadsheet.columns.${field}`)}
              <select
                value={mapping[field] ?? ''}
                onChange={(e) =>
                  setMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })
                }
              >
                <option value="">{t('spreadsheet.import.notMapped')}</option>
                {Array.from({ length: width }, (_, i) => (
                  <option key={i} value={i}>
                    {columnName(i)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {missing.length > 0 && rows.length > 0 && (
        <p role="alert" className="error">
          {t('spreadsheet.import.missingRequired', {
            fields: missing.map((f) => t(`spreadsheet.columns.${f}`)).join(', '),
          })}
        </p>
      )}
      {ready && mapping.time !== null && <TimeBaseChoice value={timeBase} preview={shown} onChange={setTimeBase} />}
      {shown && (
        <RecipientChoices
          recipients={recipients}
          teams={exercise.teams}
          choices={choices}
          newTeams={shown.newTeams}
          onChange={(name, choice) => setChoices({ ...choices, [name]: choice })}
        />
      )}
      {shown && <PreviewTable preview={shown} />}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={importable === 0 || busy} onClick={() => void runImport()}>
          {t('spreadsheet.import.importRows', { count: importable })}
        </button>
      </div>
    </Dialog>
  );
}
