// The MSEL as designers know it from their spreadsheets: one row per inject, by time.
// Rows are memoized on plain values: typing in one inject re-renders its row only,
// however long the MSEL; and a long MSEL puts only the rows in view into the page.
import { memo, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortByTime } from '../../../shared/model/edit';
import type { Inject } from '../../../shared/model/exercise';
import { formatOffset } from '../../../shared/model/time';
import type { ValidationIssue } from '../../../shared/model/validate';
import { useFormatters } from '../../format';
import { focusWhenShown } from '../../components/focus';
import { useEditor } from './EditorContext';
import { injectHeading } from './InjectForm';
import { rowWindow, scrollToRow } from './rowWindow';

/** Row height before one is measured (px); windowed rows are one line high. */
const ROW_PX_GUESS = 34;

/** An issue's text, by key and values, in the language of `t`: a full check re-creates issues, not texts. */
const translated = new WeakMap<object, Map<string, string>>();

type RowProblems = { errors: number; warnings: number; summary: string };
const NO_PROBLEMS: RowProblems = { errors: 0, warnings: 0, summary: '' };

/** `checked`: injects ticked for a bulk action (shifting times); separate from the one selected for editing. */
export function MselTable({
  checked,
  onCheck,
}: {
  checked: readonly string[];
  onCheck(id: string, on: boolean): void;
}) {
  const { t } = useTranslation();
  const editor = useEditor();
  const { draft, selectedInjectId, selectInject } = editor;
  // Sorting 1,000 rows and sorting out their issues waits for a render that a keystroke
  // may interrupt; the rows on screen are memoized, so the urgent render costs little.
  const injects = useDeferredValue(draft.injects);
  const issues = useDeferredValue(editor.issues);
  const schemaIssues = useDeferredValue(editor.schemaIssues);
  const [descending, setDescending] = useState(false);
  const sorted = useMemo(() => {
    const byTime = sortByTime(injects);
    return descending ? byTime.reverse() : byTime;
  }, [injects, descending]);
  const indexOf = useMemo(() => new Map(injects.map((inject, index) => [inject.id, index])), [injects]);
  const phaseName = useMemo(() => new Map(draft.phases.map((p) => [p.id, p.name])), [draft.phases]);
  const teamName = useMemo(() => new Map(draft.teams.map((team) => [team.id, team.name])), [draft.teams]);
  // One pass over the issues for all rows, rather than a search per row; an issue kept
  // from the last check keeps its translated text.
  const problems = useMemo(() => {
    const message = (issue: ValidationIssue) => {
      let texts = translated.get(t);
      if (!texts) translated.set(t, (texts = new Map()));
      const key = `${issue.messageKey}\u0000${JSON.stringify(issue.params)}`;
      let text = texts.get(key);
      if (text === undefined) texts.set(key, (text = t(issue.messageKey, issue.params)));
      return text;
    };
    const byIndex = new Map<number, { errors: number; warnings: number; messages: string[] }>();
    const at = (index: unknown) => {
      if (typeof index !== 'number') return null;
      let entry = byIndex.get(index);
      if (!entry) byIndex.set(index, (entry = { errors: 0, warnings: 0, messages: [] }));
      return entry;
    };
    for (const issue of issues) {
      const entry = issue.path[0] === 'injects' ? at(issue.path[1]) : null;
      if (!entry) continue;
      if (issue.severity === 'error') entry.errors++;
      else entry.warnings++;
      entry.messages.push(message(issue));
    }
    for (const issue of schemaIssues) {
      const entry = issue.path[0] === 'injects' ? at(issue.path[1]) : null;
      if (entry) entry.errors++;
    }
    return new Map(
      [...byIndex].map(([index, e]) => [
        index,
        { errors: e.errors, warnings: e.warnings, summary: e.messages.join('\n') } satisfies RowProblems,
      ]),
    );
  }, [issues, schemaIssues, t]);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800, rowPx: ROW_PX_GUESS, headerPx: 0 });
  const rows = rowWindow(sorted.length, view.top, view.height, view.rowPx);
  const windowed = rows.end - rows.start < sorted.length;
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const measure = () => {
      const row = box.querySelector<HTMLElement>('tbody tr[data-inject]');
      const head = box.querySelector<HTMLElement>('thead');
      setView({
        top: box.scrollTop,
        height: box.clientHeight,
        rowPx: row?.getBoundingClientRect().height || ROW_PX_GUESS,
        headerPx: head?.getBoundingClientRect().height ?? 0,
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // An inject chosen elsewhere (the issues list, the timeline) is brought into view.
  const selectedPosition = sorted.findIndex((inject) => inject.id === selectedInjectId);
  useEffect(() => {
    const box = scroller.current;
    if (!box || selectedPosition < 0) return;
    const top = scrollToRow(selectedPosition, box.scrollTop, box.clientHeight, view.rowPx, view.headerPx);
    if (top !== null) box.scrollTop = top;
    // Only when the selection moves, not while the user scrolls away from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedInjectId]);

  const recipients = (inject: Inject) =>
    inject.audience === 'all'
      ? t('spreadsheet.values.all')
      : inject.recipientTeamIds.map((id) => teamName.get(id) ?? '?').join(', ');

  return (
    <div
      ref={scroller}
      className="table-scroll msel-scroll"
      role="region"
      aria-label={t('editor.injects.tableLabel')}
      tabIndex={0}
      onScroll={(e) => {
        const top = e.currentTarget.scrollTop;
        setView((v) => (v.top === top ? v : { ...v, top }));
      }}
    >
      <table
        className={windowed ? 'msel windowed' : 'msel'}
        aria-label={t('editor.injects.tableLabel')}
        aria-rowcount={sorted.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
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
          {rows.start > 0 && <tr className="spacer" aria-hidden="true" style={{ height: rows.start * view.rowPx }} />}
          {sorted.slice(rows.start, rows.end).map((inject, k) => {
            const rowProblems = problems.get(indexOf.get(inject.id) ?? -1) ?? NO_PROBLEMS;
            return (
              <MselRow
                key={inject.id}
                rowIndex={rows.start + k + 2}
                inject={inject}
                selected={inject.id === selectedInjectId}
                checked={checked.includes(inject.id)}
                onCheck={onCheck}
                phase={inject.phaseId ? (phaseName.get(inject.phaseId) ?? '?') : '—'}
                recipients={recipients(inject)}
                errors={rowProblems.errors}
                warnings={rowProblems.warnings}
                problemSummary={rowProblems.summary}
                onSelect={selectInject}
              />
            );
          })}
          {rows.end < sorted.length && (
            <tr className="spacer" aria-hidden="true" style={{ height: (sorted.length - rows.end) * view.rowPx }} />
          )}
        </tbody>
      </table>
    </div>
  );
}

type RowProps = {
  /** aria-rowindex: where the row is in the whole table, when only part of it is in the page. */
  rowIndex: number;
  inject: Inject;
  selected: boolean;
  phase: string;
  recipients: string;
  errors: number;
  warnings: number;
  problemSummary: string;
  onSelect(injectId: string): void;
  /** Ticked for a bulk action (shifting times); separate from the one selected for editing. */
  checked: boolean;
  onCheck(injectId: string, on: boolean): void;
};

const MselRow = memo(function MselRow(props: RowProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { inject, selected, errors, warnings } = props;
  return (
    <tr
      aria-rowindex={props.rowIndex}
      aria-selected={selected}
      className={selected ? 'selected' : undefined}
      onClick={() => props.onSelect(inject.id)}
    >
      <td className="pick" onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          aria-label={t('editor.shift.tick', { number: inject.number })}
          checked={props.checked}
          onChange={(e) => props.onCheck(inject.id, e.target.checked)}
        />
      </td>
      <td className="num">{inject.number}</td>
      <td className="time">{formatOffset(inject.offsetSec)}</td>
      <td>{props.phase}</td>
      <td>{t(`spreadsheet.channels.${inject.channel}`)}</td>
      <td>{inject.sender}</td>
      <td>{props.recipients}</td>
      <td className="title">
        <button
          type="button"
          className="link"
          aria-pressed={selected}
          // The name holds all the button shows, the contingency tag included (WCAG 2.5.3).
          aria-label={[
            t('editor.injects.open', { number: inject.number, title: inject.title }),
            inject.contingency ? t('editor.injects.contingencyShort') : '',
          ]
            .filter(Boolean)
            .join(' ')}
          data-open-inject={inject.id}
          onClick={(e) => {
            e.stopPropagation();
            props.onSelect(inject.id);
            // Opening an inject takes focus to its form, below the table.
            focusWhenShown(() => injectHeading(inject.id));
          }}
        >
          {inject.title.trim() || t('editor.untitled')}
          {inject.contingency && (
            <>
              {' '}
              <span className="tag">{t('editor.injects.contingencyShort')}</span>
            </>
          )}
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
            title={props.problemSummary}
          >
            !
          </span>
        )}
      </td>
    </tr>
  );
});
