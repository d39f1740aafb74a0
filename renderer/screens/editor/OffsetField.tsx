// Scenario time typed the way designers write it ("T+01:30", "90", "1h30"): the draft
// changes only on a readable time; anything else keeps the last good time, says why,
// and tells the editor, which is then not "saved" while the text stays unreadable.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOffset, parseOffset } from '../../../shared/model/time';
import type { IssuePath } from '../../../shared/model/validate';
import { useEditor, useProblems } from './EditorContext';

type Props = { label: string; offsetSec: number; onChange(offsetSec: number): void; path: IssuePath };

export function OffsetField(props: Props) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const problems = useProblems(props.path);
  const { setFieldIssue } = useEditor();
  const [text, setText] = useState(formatOffset(props.offsetSec));
  const [shown, setShown] = useState(props.offsetSec);
  if (props.offsetSec !== shown) {
    setShown(props.offsetSec);
    if (parseOffset(text) !== props.offsetSec) setText(formatOffset(props.offsetSec));
  }
  const unreadable = parseOffset(text) === null;
  const pathKey = JSON.stringify(props.path);
  useEffect(() => {
    const path = JSON.parse(pathKey) as IssuePath;
    setFieldIssue(id, unreadable ? { path, messageKey: 'validation.offset_invalid' } : null);
  }, [id, unreadable, pathKey, setFieldIssue]);
  useEffect(() => () => setFieldIssue(id, null), [id, setFieldIssue]);
  const describedBy = [unreadable ? errorId : null, problems.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field field-offset">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={text}
        spellCheck={false}
        aria-invalid={unreadable || problems.invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
          const sec = parseOffset(e.target.value);
          if (sec !== null) {
            setShown(sec);
            props.onChange(sec);
          }
        }}
        onBlur={() => {
          const sec = parseOffset(text);
          if (sec !== null) setText(formatOffset(sec));
        }}
      />
      {unreadable && (
        <p id={errorId} role="alert" className="problem problem-error">
          {t('validation.offset_invalid')}
        </p>
      )}
      {problems.messages}
    </div>
  );
}
