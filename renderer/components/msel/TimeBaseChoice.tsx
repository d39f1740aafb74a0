// How the file's time column is read: offsets from the start, or clock times counted
// from the first row or from a start time the user types. The preview below shows the
// resulting T+ times before anything is saved.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { TimeBase, TimeBaseMode } from '../../../shared/msel/timeColumn';

type Preview = MethodOutput<'msel.preview'>;

export function TimeBaseChoice(props: {
  value: TimeBase | null;
  preview: Preview | null;
  onChange(value: TimeBase): void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const mode: TimeBaseMode = props.value?.mode ?? props.preview?.time.applied.mode ?? 'offset';
  // The start field opens on the file's first clock time, as hh:mm for <input type="time">.
  const firstClock = /(\d{2}:\d{2})(?::\d{2})?$/.exec(props.preview?.time.start ?? '')?.[1];
  const start = props.value?.start ?? firstClock ?? '08:00';
  const choose = (next: TimeBaseMode, at = start) =>
    props.onChange(next === 'relativeTo' ? { mode: next, start: at } : { mode: next });
  const looksLikeClock = props.preview !== null && props.preview.time.suggested !== 'offset';
  return (
    <fieldset className="time-base">
      <legend>{t('spreadsheet.import.timeBase')}</legend>
      {looksLikeClock && <p className="hint">{t('spreadsheet.import.timeLooksLikeClock')}</p>}
      <label className="inline">
        <input type="radio" name={name} checked={mode === 'offset'} onChange={() => choose('offset')} />
        {t('spreadsheet.import.timeOffset')}
      </label>
      <label className="inline">
        <input
          type="radio"
          name={name}
          checked={mode === 'relativeToFirst'}
          onChange={() => choose('relativeToFirst')}
        />
        {t('spreadsheet.import.timeRelativeToFirst')}
      </label>
      <span className="inline-group">
        <label className="inline">
          <input type="radio" name={name} checked={mode === 'relativeTo'} onChange={() => choose('relativeTo')} />
          {t('spreadsheet.import.timeRelativeTo')}
        </label>
        <input
          type="time"
          aria-label={t('spreadsheet.import.timeStart')}
          value={start}
          disabled={mode !== 'relativeTo'}
          onChange={(e) => e.target.value && choose('relativeTo', e.target.value)}
        />
      </span>
      {mode !== 'offset' && props.preview?.time.start && (
        <p className="hint">{t('spreadsheet.import.timeStartIs', { start: props.preview.time.start })}</p>
      )}
    </fieldset>
  );
}
