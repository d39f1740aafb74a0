// Every row of the file as it would be imported — its scenario time, recipients and
// title — with its problems, rejected rows included. Warnings shared by several rows
// are said once above the table, with how many rows they concern.
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { formatOffset } from '../../../shared/model/time';
import { summarizeProblems } from '../../../shared/msel/previewSummary';
import type { RowProblem } from '../../../shared/msel/importRows';

type Preview = MethodOutput<'msel.preview'>;

export function PreviewTable({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const { repeated, perRow } = summarizeProblems(preview.rows);
  const say = (p: RowProblem) => (
    <>
      {p.column && <strong>{t(`spreadsheet.columns.${p.column}`)}: </strong>}
      {t(p.messageKey, p.params ?? {})}
    </>
  );
  return (
    <section aria-label={t('spreadsheet.import.preview')}>
      <p className="counts">
        <span>{t('spreadsheet.import.rowsOk', { count: preview.counts.ok })}</span>
        <span>{t('spreadsheet.import.rowsWarnings', { count: preview.counts.warnings })}</span>
        <span>{t('spreadsheet.import.rowsErrors', { count: preview.counts.errors })}</span>
      </p>
      {repeated.length > 0 && (
        <ul className="repeated-warnings" aria-label={t('spreadsheet.import.repeated')}>
          {repeated.map((r, i) => (
            <li key={i}>
              {say(r.problem)} <span className="meta">({t('spreadsheet.import.repeatedRows', { count: r.rows })})</span>
            </li>
          ))}
        </ul>
      )}
      {/* Scrolls on a phone: reachable and scrollable by keyboard (WCAG 2.1.1). */}
      <div className="table-scroll" role="region" aria-label={t('spreadsheet.import.preview')} tabIndex={0}>
        <table className="preview-table">
          <thead>
            <tr>
              <th scope="col">{t('spreadsheet.import.row')}</th>
              <th scope="col">{t('spreadsheet.columns.number')}</th>
              <th scope="col">{t('spreadsheet.columns.time')}</th>
              <th scope="col">{t('spreadsheet.columns.to')}</th>
              <th scope="col">{t('spreadsheet.columns.title')}</th>
              <th scope="col">{t('spreadsheet.import.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const bad = row.problems.some((p) => p.severity === 'error');
              const { shown } = row;
              return (
                <tr key={row.rowNumber} className={bad ? 'row-error' : row.problems.length ? 'row-warning' : ''}>
                  <td>{row.rowNumber}</td>
                  <td>{shown.number}</td>
                  <td className="time">
                    {shown.offsetSec === null ? shown.timeText : formatOffset(shown.offsetSec)}
                    {shown.offsetSec !== null && shown.timeText !== formatOffset(shown.offsetSec) && (
                      <span className="meta"> ({shown.timeText})</span>
                    )}
                  </td>
                  <td>{shown.audience === 'all' ? t('spreadsheet.values.all') : shown.recipients.join(', ')}</td>
                  <td>{shown.title}</td>
                  <td>
                    {(perRow.get(row.rowNumber) ?? []).map((p, i) => (
                      <div key={i}>{say(p)}</div>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
