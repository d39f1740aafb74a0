// Moves injects in scenario time by an amount: all of them (an MSEL imported against
// the wrong start) or those ticked in the table (a phase that runs late).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseShift, shiftInjects } from '../../../shared/model/edit';
import { useEditor } from './EditorContext';

export function ShiftTimes({ checked }: { checked: readonly string[] }) {
  const { t } = useTranslation();
  const { draft, edit } = useEditor();
  const id = useId();
  const [text, setText] = useState('');
  const [scope, setScope] = useState<'all' | 'checked'>('all');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const useChecked = scope === 'checked' && checked.length > 0;

  function apply() {
    const delta = parseShift(text);
    if (delta === null || delta === 0) {
      setMessage({ error: true, text: t('editor.shift.invalid') });
      return;
    }
    const result = shiftInjects(draft, useChecked ? checked : 'all', delta);
    edit(() => result.content);
    setMessage({
      error: false,
      text:
        result.clamped > 0
          ? t('editor.shift.clamped', { moved: result.moved, clamped: result.clamped })
          : t('editor.shift.done', { moved: result.moved }),
    });
  }

  return (
    <form
      className="shift-times"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label htmlFor={`${id}-scope`}>{t('editor.shift.label')}</label>
      <select
        id={`${id}-scope`}
        value={useChecked ? 'checked' : 'all'}
        onChange={(e) => setScope(e.target.value as 'all' | 'checked')}
      >
        <option value="all">{t('editor.shift.all', { count: draft.injects.length })}</option>
        <option value="checked" disabled={checked.length === 0}>
          {t('editor.shift.checked', { count: checked.length })}
        </option>
      </select>
      <input
        type="text"
        aria-label={t('editor.shift.amount')}
        placeholder="+00:30"
        size={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">{t('editor.shift.apply')}</button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'meta'}>
          {message.text}
        </span>
      )}
    </form>
  );
}
