// Messages from teams to the control cell, answered in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/session/clock';
import type { SessionCommandInput } from '../../../shared/session/commands';
import type { StaffView } from '../../../shared/session/views';

export function MessagesPanel(props: {
  view: StaffView;
  readOnly: boolean;
  onCommand(command: SessionCommandInput): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const messages = [...props.view.messages].reverse();
  const teamName = (id: string) => props.view.teams.find((team) => team.id === id)?.name ?? id;
  return (
    <section className="messages-panel" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('console.messages.title')}</h2>
      {messages.length === 0 && <p className="meta">{t('console.messages.empty')}</p>}
      <ul>
        {messages.map((m) => (
          <li key={m.id} className={m.answer ? 'message answered' : 'message'}>
            <p className="meta">
              {teamName(m.teamId)} · {formatClock(m.sent.scenarioMs)}
              {m.sent.enteredBy === 'scribe' && ` · ${t('console.board.byScribe')}`}
            </p>
            <p>{m.text}</p>
            {m.answer ? (
              <p className="answer">
                {t('console.messages.answered')}: {m.answer.text}
              </p>
            ) : (
              !props.readOnly && <AnswerForm messageId={m.id} team={teamName(m.teamId)} onCommand={props.onCommand} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AnswerForm(props: {
  messageId: string;
  team: string;
  onCommand(command: SessionCommandInput): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <form
      className="answer-form"
      onSubmit={(e) => {
        e.preventDefault();
        void props.onCommand({ type: 'answerMessage', messageId: props.messageId, text }).then((ok) => {
          if (ok) setText('');
        });
      }}
    >
      <label>
        <span className="visually-hidden">{t('console.messages.answerTo', { team: props.team })}</span>
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('console.messages.answer')} />
      </label>
      <button type="submit" disabled={text.trim() === ''}>
        {t('console.messages.send')}
      </button>
    </form>
  );
}
