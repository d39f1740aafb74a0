// One inject opened: who sent it and how, its text and attachments, and what the team
// does with it: acknowledge, respond (a decision option and/or free text).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../shared/session/clock';
import { describeError } from '../errors';
import { saveFile } from '../files';
import { Markdown, type LoadAttachment } from '../components/Markdown';
import type { OutboxItem, TeamCommand } from './outbox';
import { PaperclipIcon } from './Icons';
import { PendingNote } from './PendingNote';
import { ResponseForm } from './ResponseForm';
import type { TeamInject } from './teamInbox';

export function InjectDetail(props: {
  inject: TeamInject;
  pending: readonly OutboxItem[];
  onCommand(command: TeamCommand): void;
  onDiscard(key: string): void;
  onBack(): void;
  loadAttachment?: LoadAttachment;
  draftKey?: string;
}) {
  const { t } = useTranslation();
  const { inject } = props;
  const ack = props.pending.find((p) => p.command.type === 'acknowledge' && p.command.injectId === inject.id);
  const responses = props.pending.filter((p) => p.command.type === 'respond' && p.command.injectId === inject.id);
  return (
    <article className="inject-detail" aria-labelledby={`inject-${inject.id}`}>
      <button type="button" className="link back" onClick={props.onBack}>
        ← {t('guest.inject.back')}
      </button>
      <p className="inject-meta">
        <span className="number">{inject.number}</span> · {t(`spreadsheet.channels.${inject.channel}`)} ·{' '}
        {t('guest.inject.from', { sender: inject.sender })} · <time>{formatClock(inject.released.scenarioMs)}</time>
      </p>
      <h2 id={`inject-${inject.id}`}>{inject.title}</h2>
      {inject.body && <Markdown text={inject.body} loadAttachment={props.loadAttachment} />}
      {inject.attachmentIds.length > 0 && props.loadAttachment && (
        <Attachments ids={inject.attachmentIds} load={props.loadAttachment} />
      )}
      <div className="inject-actions">
        {inject.acknowledged ? (
          <p className="done">
            {t('guest.inject.acknowledgedAt', { time: formatClock(inject.acknowledged.scenarioMs) })}
            {inject.acknowledged.enteredBy === 'scribe' && ` (${t('guest.byScribe')})`}
          </p>
        ) : ack ? (
          <p>
            {t('guest.inject.acknowledge')} — <PendingNote item={ack} onDiscard={props.onDiscard} />
          </p>
        ) : (
          <button
            type="button"
            className="primary big"
            onClick={() => props.onCommand({ type: 'acknowledge', injectId: inject.id })}
          >
            {t('guest.inject.acknowledge')}
          </button>
        )}
      </div>
      {(inject.responses.length > 0 || responses.length > 0) && (
        <section aria-label={t('guest.inject.responses')}>
          <h3>{t('guest.inject.responses')}</h3>
          <ul className="responses">
            {inject.responses.map((r, i) => (
              <li key={r.id ?? `r${i}`}>
                <time>{formatClock(r.scenarioMs)}</time>{' '}
                {r.decision !== null && <strong>{inject.decisionOptions[r.decision]}</strong>}{' '}
                {r.text && <span>{r.text}</span>}
                {r.enteredBy === 'scribe' && <em> ({t('guest.byScribe')})</em>}
              </li>
            ))}
            {responses.map((item) =>
              item.command.type === 'respond' ? (
                <li key={item.key} className="is-pending">
                  {item.command.decision !== null && <strong>{inject.decisionOptions[item.command.decision]}</strong>}{' '}
                  {item.command.text} <PendingNote item={item} onDiscard={props.onDiscard} />
                </li>
              ) : null,
            )}
          </ul>
        </section>
      )}
      <ResponseForm inject={inject} onCommand={props.onCommand} draftKey={props.draftKey} />
    </article>
  );
}

function Attachments({ ids, load }: { ids: readonly string[]; load: LoadAttachment }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  return (
    <section className="attachments" aria-label={t('guest.inject.attachments')}>
      <h3>{t('guest.inject.attachments')}</h3>
      <ul>
        {ids.map((id, i) => (
          <li key={id}>
            <button
              type="button"
              onClick={() =>
                load(id).then((a) => {
                  setError(null);
                  const name = 'name' in a && typeof a.name === 'string' ? a.name : `${i + 1}`;
                  saveFile(name, a.base64, a.mime);
                }, setError)
              }
            >
              <PaperclipIcon /> {t('guest.inject.attachment', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      {error !== null && (
        <p role="alert" className="error">
          {t(describeError(error).key, describeError(error).params)}
        </p>
      )}
    </section>
  );
}
