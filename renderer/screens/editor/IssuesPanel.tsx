// Everything to fix, counted and listed, each with a way to the field concerned.
// Schema problems and unreadable field text (which stop saving) come first; then
// validateExercise's issues. The list is built only while the panel is open: with
// 1,000 injects it can be long, and the editor re-renders on every keystroke.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseContent } from '../../../shared/model/exercise';
import type { IssuePath, ValidationIssue } from '../../../shared/model/validate';
import { schemaIssueMessage, type FieldIssue, type SchemaIssue } from './draftStore';
import { tabOfPath } from './paths';

type Props = {
  draft: ExerciseContent;
  issues: ValidationIssue[];
  schemaIssues: SchemaIssue[];
  fieldIssues: FieldIssue[];
  onGoTo(path: IssuePath): void;
};

export const IssuesPanel = memo(function IssuesPanel({ draft, issues, schemaIssues, fieldIssues, onGoTo }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const blocking = schemaIssues.length + fieldIssues.length;
  const errors = issues.filter((i) => i.severity === 'error').length + blocking;
  const warnings = issues.length + blocking - errors;
  const where = (path: IssuePath) => {
    const tab = t(`editor.tabs.${tabOfPath(path)}`);
    const inject = path[0] === 'injects' && typeof path[1] === 'number' ? draft.injects[path[1]] : undefined;
    return inject ? `${tab} · ${t('editor.injects.injectNumber', { number: inject.number })}` : tab;
  };
  const entries = !open
    ? []
    : [
        ...fieldIssues.map((f) => ({ severity: 'error' as const, text: t(f.messageKey), path: f.path })),
        ...schemaIssues.map((s) => {
          const message = schemaIssueMessage(s);
          return { severity: 'error' as const, text: t(message.key, message.params), path: s.path };
        }),
        ...issues.map((i) => ({ severity: i.severity, text: t(i.messageKey, i.params), path: i.path })),
      ];
  return (
    <details className="issues-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('editor.issues.title')}{' '}
        <span className={`count count-error ${errors ? '' : 'zero'}`}>
          {t('editor.issues.errors', { count: errors })}
        </span>{' '}
        <span className={`count count-warning ${warnings ? '' : 'zero'}`}>
          {t('editor.issues.warnings', { count: warnings })}
        </span>
      </summary>
      {!open ? null : entries.length === 0 ? (
        <p className="empty">{t('editor.issues.none')}</p>
      ) : (
        <ul>
          {entries.map((entry, k) => (
            <li key={k} className={`issue issue-${entry.severity}`}>
              <span className="severity">{t(`editor.issues.${entry.severity}`)}</span>
              <span className="text">{entry.text}</span>
              <button type="button" className="link" onClick={() => onGoTo(entry.path)}>
                {where(entry.path)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
});
