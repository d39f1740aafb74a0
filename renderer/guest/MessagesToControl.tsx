// Messages from the team to the control cell, with their answers, and a box to write one.
import { useState, type FormEvent } from 'react';
import { SESSION_TEXT_CHARS_MAX } from '../../shared/api/limits';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../shared/session/clock';
import type { TeamView } from '../../shared/session/views';
import type { OutboxItem, TeamCommand } from './outbox';
import { PendingNote } from './PendingNote';
import { useDraft } from './useDraft';

export function MessagesToControl(props: {
  messages: TeamView['messages'];
  pending: readonly OutboxItem[];
  onCommand(command: TeamCommand): void;
  onDiscard(key: string): void;
  draftKey?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useDraft(props.draftKey);
  const [empty, setEmpty] = useState(false);
  const queued = props.pending.filter((p) => p.command.type === 'message');
  function send(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '') {
      setEmpty(true);
      return;
    }
    props.onCommand({ type: 'message', text: text.trim() });
    setText('');
    setEmpty(false);
  }
  return (
    <section className="team-messages" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('guest.messages.title')}</h2>
      {props.messages.length === 0 && queued.length === 0 && <p className="empty">{t('guest.messages.empty')}</p>}
      <ol className="message-list">
        {props.messages.map((m) => (
          <li key={m.id}>
            <p className="sent">
              <time>{formatClock(m.sent.scenarioMs)}</time> {m.text}
              {m.sent.enteredBy === 'scribe' && <em> ({t('guest.byScribe')})</em>}
            </p>
            <p className={m.answer ? 'answer' : 'no-answer'}>
              {m.answer ? (
                <>
                  <time>{formatClock(m.answer.answered.scenarioMs)}</time>{' '}
                  {t('guest.messages.answer', { text: m.answer.text })}
                </>
              ) : (
                t('guest.messages.noAnswer')
              )}
            </p>
          </li>
        ))}
        {queued.map((item) =>
          item.command.type === 'message' ? (
            <li key={item.key} className="is-pending">
              <p className="sent">
                {item.command.text} <PendingNote item={item} onDiscard={props.onDiscard} />
              </p>
            </li>
          ) : null,
        )}
      </ol>
      <form onSubmit={send} className="message-form">
        <label className="field">
          <span>{t('guest.messages.text')}</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={SESSION_TEXT_CHARS_MAX}
            rows={3}
          />
        </label>
        {empty && (
          <p role="alert" className="error">
            {t('guest.messages.empty')}
          </p>
        )}
        <button type="submit" className="primary big">
          {t('guest.messages.send')}
        </button>
      </form>
    </section>
  );
}
