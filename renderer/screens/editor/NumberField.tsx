// A whole-number field that keeps what the user is typing (even an empty box) while
// the draft holds the number; an unusable entry reaches the draft as NaN, which the
// schema refuses, so the field shows why and nothing is saved.
import { useId, useState } from 'react';
import type { IssuePath } from '../../../shared/model/validate';
import { useProblems } from './EditorContext';

type Props = {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  path: IssuePath;
  min?: number;
  max?: number;
  /** Empty means "none" (null) rather than a missing value. */
  optional?: boolean;
  className?: string;
};

function parse(text: string, optional: boolean): number | null {
  const s = text.normalize('NFKC').trim();
  if (s === '') return optional ? null : Number.NaN;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

export function NumberField(props: Props) {
  const id = useId();
  const problems = useProblems(props.path);
  const optional = props.optional ?? false;
  const [text, setText] = useState(props.value === null || Number.isNaN(props.value) ? '' : String(props.value));
  const [shown, setShown] = useState(props.value);
  // The value changed from elsewhere (another tab, a reload): show it, unless it is what is typed.
  if (!Object.is(props.value, shown)) {
    setShown(props.value);
    if (!Object.is(parse(text, optional), props.value)) setText(props.value === null ? '' : String(props.value));
  }
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={text}
        aria-invalid={problems.invalid || undefined}
        aria-describedby={problems.describedBy}
        onChange={(e) => {
          setText(e.target.value);
          const value = parse(e.target.value, optional);
          setShown(value);
          props.onChange(value);
        }}
      />
      {problems.messages}
    </div>
  );
}
