// The MSEL as designers know it from their spreadsheets: one row per inject, by time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByTime } from '../../../shared/model/edit';
import type { Inject } from '../../../shared/model/exercise';
import { formatOffset } from '../../../shared/model/time';
import { issuesAt } from '../../../shared/model/validate';
import { useFormatters } from '../../format';
import { useEditor } from './EditorContext';

/** `checked`: injects ticked for a bulk action (shifting times); separate from the one selected for editing. */
export function MselTable({
  checked,
  onCheck,
}: {
  checked: readonly string[];
  onCheck(id: string, on: boolean): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { draft, issues, schemaIssues, selectedInjectId, selectInject } = useEditor();
  const [descending, setDescending] = useState(false);
  const sorted = sortByTime(draft.injects);
  if (descending) sorted.reverse();
  const indexOf = new Map(draft.injects.map((inject, index) => [inject.id, index]));
  const phaseName = new Map(draft.phases.map((p) => [p.id, p.name]));
  const teamName = new Map(draft.teams.map((team) => [team.id, team.name]));
  const recipients = (inject: Inject) =>
    inject.audience === 'all'
      ? t('spreadsheet.values.all')
      : inject.recipientTeamIds.map((id) => teamName.get(id) ?? '?').join(', ');

  return (
    <div className="table-scroll" role="region" aria-label={t('editor.injects.tableLabel')} tabIndex={0}>
      <table className="msel" aria-label={t('editor.injects.tableLabel')}>
        <thead>
          <tr>
            <th scope="col" className="pick">
              <span className="visually-hidden">{t('editor.shift.checked', { count: checked.length })}</span>
            </th>
            <th scope="col">{t('spreadsheet.columns.number')}</th>
            <th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
              <button type="button" className="sort" onClick={() => setDescending(!descending)}>
                {t('spreadsheet.columns.time')} <span aria-hidden="true">{descending ? '▼' : '▲'}</span>
              </button>
            </th>
            <th scope="col">{t('spreadsheet.columns.phase')}</th>
            <th scope="col">{t('spreadsheet.columns.channel')}</th>
            <th scope="col">{t('spreadsheet.columns.from')}</th>
            <th scope="col">{t('spreadsheet.columns.to')}</th>
            <th scope="col">{t('spreadsheet.columns.title')}</th>
            <th scope="col">{t('editor.injects.actionsColumn')}</th>
            <th scope="col">{t('editor.injects.issuesColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((inject) => {
            const index = indexOf.get(inject.id) ?? -1;
            const found = issuesAt(issues, ['injects', index]);
            const errors =
              found.filter((i) => i.severity === 'error').length +
              schemaIssues.filter((s) => s.path[0] === 'injects' && s.path[1] === index).length;
            const warnings = found.length - found.filter((i) => i.severity === 'error').length;
            const selected = inject.id === selectedInjectId;
            return (
              <tr
                key={inject.id}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
                onClick={() => selectInject(inject.id)}
              >
                <td className="pick" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={t('editor.shift.tick', { number: inject.number })}
                    checked={checked.includes(inject.id)}
                    onChange={(e) => onCheck(inject.id, e.target.checked)}
                  />
                </td>
                <td className="num">{inject.number}</td>
                <td className="time">{formatOffset(inject.offsetSec)}</td>
                <td>{inject.phaseId ? (phaseName.get(inject.phaseId) ?? '?') : '—'}</td>
                <td>{t(`spreadsheet.channels.${inject.channel}`)}</td>
                <td>{inject.sender}</td>
                <td>{recipients(inject)}</td>
                <td className="title">
                  <button
                    type="button"
                    className="link"
                    aria-pressed={selected}
                    aria-label={t('editor.injects.open', { number: inject.number, title: inject.title })}
                    onClick={(e) => {
                      e.stopPropagation();
                      selectInject(inject.id);
                    }}
                  >
                    {inject.title.trim() || t('editor.untitled')}
                    {inject.contingency && <span className="tag">{t('editor.injects.contingencyShort')}</span>}
                  </button>
                </td>
                <td className="count">{fmt.number(inject.expectedActions.length)}</td>
                <td className="issues">
                  {errors + warnings > 0 && (
                    <span
                      className={errors ? 'issue-icon error' : 'issue-icon warning'}
                      role="img"
                      aria-label={[
                        errors ? t('editor.issues.errors', { count: errors }) : '',
                        warnings ? t('editor.issues.warnings', { count: warnings }) : '',
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      title={found.map((i) => t(i.messageKey, i.params)).join('\n')}
                    >
                      !
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
