// Answering an inject: one of its decision options, free text, or both. What is typed is
// kept (useDraft) until it is sent; a sent response goes through the offline queue.
import { useState, type FormEvent } from 'react';
import { SESSION_TEXT_CHARS_MAX } from '../../shared/api/limits';
import { useTranslation } from 'react-i18next';
import type { TeamCommand } from './outbox';
import type { TeamInject } from './teamInbox';
import { useDraft } from './useDraft';

export function ResponseForm(props: { inject: TeamInject; onCommand(command: TeamCommand): void; draftKey?: string }) {
  const { t } = useTranslation();
  const { inject } = props;
  const [text, setText] = useDraft(props.draftKey);
  const [decision, setDecision] = useState<number | null>(null);
  const [empty, setEmpty] = useState(false);

  function send(e: FormEvent) {
    e.preventDefault();
    if (decision === null && text.trim() === '') {
      setEmpty(true);
      return;
    }
    props.onCommand({ type: 'respond', injectId: inject.id, text: text.trim(), decision });
    setText('');
    setDecision(null);
    setEmpty(false);
  }

  return (
    <form className="response-form" onSubmit={send}>
      <h3>{t('guest.inject.respond')}</h3>
      {inject.decisionOptions.length > 0 && (
        <fieldset className="choices">
          <legend>{t('guest.inject.decision')}</legend>
          {inject.decisionOptions.map((option, i) => (
            <label key={i} className="choice">
              <input
                type="radio"
                name={`decision-${inject.id}`}
                checked={decision === i}
                onChange={() => setDecision(i)}
              />
              <span>{option}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="field">
        <span>{t('guest.inject.responseText')}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} maxLength={SESSION_TEXT_CHARS_MAX} rows={3} />
      </label>
      {empty && (
        <p role="alert" className="error">
          {t('guest.inject.responseEmpty')}
        </p>
      )}
      <button type="submit" className="primary big">
        {t('guest.inject.sendResponse')}
      </button>
    </form>
  );
}
