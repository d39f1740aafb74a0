// A short list of texts (decision options, discussion questions): one box each, in order.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem } from '../../../shared/model/edit';
import type { IssuePath } from '../../../shared/model/validate';
import { focusIsLost } from '../../components/focus';
import { useProblems } from './EditorContext';

type Props = {
  /** Heading of the group, and the start of each box's name ("Question 2"). */
  legend: string;
  itemLabel(index: number): string;
  addLabel: string;
  items: string[];
  onChange(items: string[]): void;
  path: IssuePath;
  multiline?: boolean;
};

export function StringListEditor(props: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const focusLast = useRef(false);
  const removed = useRef(false);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Removing the last item removed the focused button with it: the item before it, or Add, takes focus.
    if (removed.current) {
      removed.current = false;
      if (!focusIsLost()) return;
      const boxes = list.current?.querySelectorAll<HTMLElement>('input, textarea');
      (boxes?.[boxes.length - 1] ?? addButton.current)?.focus();
      return;
    }
    if (!focusLast.current) return;
    focusLast.current = false;
    const boxes = list.current?.querySelectorAll<HTMLElement>('input, textarea');
    boxes?.[boxes.length - 1]?.focus();
  });
  const set = (index: number, value: string) => props.onChange(props.items.map((v, k) => (k === index ? value : v)));
  return (
    <fieldset className="string-list">
      <legend>{props.legend}</legend>
      {props.items.length > 0 && (
        <ol ref={list}>
          {props.items.map((item, index) => (
            <StringItem
              key={index}
              label={props.itemLabel(index)}
              value={item}
              path={[...props.path, index]}
              multiline={props.multiline}
              onChange={(value) => set(index, value)}
              onRemove={() => {
                removed.current = true;
                props.onChange(props.items.filter((_, k) => k !== index));
              }}
              onMoveUp={index > 0 ? () => props.onChange(moveItem(props.items, index, index - 1)) : undefined}
              removeLabel={t('editor.list.remove', { item: props.itemLabel(index) })}
              moveUpLabel={t('editor.list.moveUp', { item: props.itemLabel(index) })}
            />
          ))}
        </ol>
      )}
      <button
        ref={addButton}
        type="button"
        onClick={() => {
          focusLast.current = true;
          props.onChange([...props.items, '']);
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}

function StringItem(props: {
  label: string;
  value: string;
  path: IssuePath;
  multiline?: boolean;
  onChange(value: string): void;
  onRemove(): void;
  onMoveUp?: () => void;
  removeLabel: string;
  moveUpLabel: string;
}) {
  const problems = useProblems(props.path);
  const common = {
    value: props.value,
    'aria-label': props.label,
    'aria-invalid': problems.invalid || undefined,
    'aria-describedby': problems.describedBy,
  };
  return (
    <li>
      <div className="row">
        {props.multiline ? (
          <textarea {...common} rows={2} onChange={(e) => props.onChange(e.target.value)} />
        ) : (
          <input {...common} type="text" onChange={(e) => props.onChange(e.target.value)} />
        )}
        {props.onMoveUp && (
          <button
            type="button"
            className="icon"
            onClick={props.onMoveUp}
            aria-label={props.moveUpLabel}
            title={props.moveUpLabel}
          >
            ↑
          </button>
        )}
        <button
          type="button"
          className="icon"
          onClick={props.onRemove}
          aria-label={props.removeLabel}
          title={props.removeLabel}
        >
          ×
        </button>
      </div>
      {problems.messages}
    </li>
  );
}
