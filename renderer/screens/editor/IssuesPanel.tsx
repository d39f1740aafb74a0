// Everything to fix, counted and listed, each with a way to the field concerned.
// Schema problems (which stop saving) come first; then validateExercise's issues.
import { useTranslation } from 'react-i18next';
import type { ExerciseContent } from '../../../shared/model/exercise';
import type { IssuePath, ValidationIssue } from '../../../shared/model/validate';
import { schemaIssueMessage, type SchemaIssue } from './draftStore';
import { tabOfPath } from './paths';

type Props = {
  draft: ExerciseContent;
  issues: ValidationIssue[];
  schemaIssues: SchemaIssue[];
  onGoTo(path: IssuePath): void;
};

export function IssuesPanel({ draft, issues, schemaIssues, onGoTo }: Props) {
  const { t } = useTranslation();
  const errors = issues.filter((i) => i.severity === 'error').length + schemaIssues.length;
  const warnings = issues.length + schemaIssues.length - errors;
  const where = (path: IssuePath) => {
    const tab = t(`editor.tabs.${tabOfPath(path)}`);
    const inject = path[0] === 'injects' && typeof path[1] === 'number' ? draft.injects[path[1]] : undefined;
    return inject ? `${tab} · ${t('editor.injects.injectNumber', { number: inject.number })}` : tab;
  };
  const entries = [
    ...schemaIssues.map((s) => {
      const message = schemaIssueMessage(s);
      return { severity: 'error' as const, text: t(message.key, message.params), path: s.path };
    }),
    ...issues.map((i) => ({ severity: i.severity, text: t(i.messageKey, i.params), path: i.path })),
  ];
  return (
    <details className="issues-panel">
      <summary>
        {t('editor.issues.title')}{' '}
        <span className={`count count-error ${errors ? '' : 'zero'}`}>
          {t('editor.issues.errors', { count: errors })}
        </span>{' '}
        <span className={`count count-warning ${warnings ? '' : 'zero'}`}>
          {t('editor.issues.warnings', { count: warnings })}
        </span>
      </summary>
      {entries.length === 0 ? (
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
}
