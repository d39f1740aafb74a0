// What every part of the editor shares: the draft, how to change it, its issues, and
// how to show the problems of one field next to it.
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseContent } from '../../../shared/model/exercise';
import type { IssuePath, ValidationIssue } from '../../../shared/model/validate';
import { issuesAt } from '../../../shared/model/validate';
import { schemaIssueAt, schemaIssueMessage, type FieldIssue, type SchemaIssue } from './draftStore';
import type { HeldText } from './heldText';
import { useHeldText } from './useHeldText';

export const TABS = ['overview', 'teams', 'objectives', 'phases', 'injects', 'timeline'] as const;
export type TabName = (typeof TABS)[number];

export type EditorApi = {
  /** The library id of the exercise being edited. */
  exerciseId: string;
  draft: ExerciseContent;
  edit(change: (content: ExerciseContent) => ExerciseContent): void;
  issues: ValidationIssue[];
  schemaIssues: SchemaIssue[];
  /** Text typed into fields that cannot go into the draft (see DraftStore.setFieldIssue). */
  fieldIssues: FieldIssue[];
  setFieldIssue(fieldKey: string, issue: FieldIssue | null): void;
  /** Text fields' typing not yet in the draft (DraftStore.held). */
  held: HeldText;
  /** Shows the place of a path: its tab, and its inject when there is one. */
  goTo(path: IssuePath): void;
  selectedInjectId: string | null;
  selectInject(id: string | null): void;
};

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside EditorContext');
  return editor;
}

export type Problems = {
  /** For aria-describedby; undefined when there is nothing to say. */
  describedBy: string | undefined;
  invalid: boolean;
  messages: ReactNode;
};

/**
 * The problems of one field: a schema problem (blocks saving) and the validation issues
 * at its path, or anywhere inside it with `within`. Errors are alerts; warnings are not.
 */
export function useProblems(path: IssuePath, options: { within?: boolean } = {}): Problems {
  const { t } = useTranslation();
  const { issues, schemaIssues } = useEditor();
  const id = useId();
  const schema = schemaIssueAt(schemaIssues, path);
  const found = issuesAt(issues, path).filter((i) => options.within || i.path.length === path.length);
  if (!schema && found.length === 0) return { describedBy: undefined, invalid: false, messages: null };
  return {
    describedBy: id,
    invalid: Boolean(schema) || found.some((i) => i.severity === 'error'),
    messages: (
      <div id={id} className="field-problems">
        {schema && (
          <p role="alert" className="problem problem-error">
            {t(schemaIssueMessage(schema).key, schemaIssueMessage(schema).params)}
          </p>
        )}
        {found.map((issue, k) => (
          <p
            key={k}
            role={issue.severity === 'error' ? 'alert' : undefined}
            className={`problem problem-${issue.severity}`}
          >
            {t(issue.messageKey, issue.params)}
          </p>
        ))}
      </div>
    ),
  };
}

type TextFieldProps = {
  label: string;
  value: string;
  onChange(value: string): void;
  path: IssuePath;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  className?: string;
  maxLength?: number;
};

/**
 * A labelled text input or textarea with its problems below it. What is typed stays in
 * the field until typing pauses (useHeldText), so a keystroke re-renders this field only.
 */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const problems = useProblems(props.path);
  const field = useHeldText(props.value, props.onChange, useEditor().held);
  const common = {
    id,
    value: field.text,
    onBlur: field.commit,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    'aria-invalid': problems.invalid || undefined,
    'aria-describedby': problems.describedBy,
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => field.change(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => field.change(e.target.value)} />
      )}
      {problems.messages}
    </div>
  );
}
