// Single-machine mode: the facilitator records a team's acknowledgement or response on
// its behalf; the host marks it as entered by the scribe.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionCommandInput } from '../../../shared/session/commands';
import type { StaffView } from '../../../shared/session/views';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';

export function ScribeDialog(props: {
  view: StaffView;
  injectId: string;
  teamId: string;
  /** The last command's refusal, shown here since the dialog covers the console. */
  error: unknown;
  onCommand(command: SessionCommandInput): Promise<boolean>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const si = props.view.injects.find((x) => x.inject.id === props.injectId);
  const team = props.view.teams.find((x) => x.id === props.teamId);
  const cell = props.view.board.find((c) => c.injectId === props.injectId && c.teamId === props.teamId);
  const [text, setText] = useState('');
  const [decision, setDecision] = useState<number | null>(null);
  if (!si || !team) return null;
  const base = { injectId: props.injectId, teamId: props.teamId };

  async function send(command: SessionCommandInput) {
    if (await props.onCommand(command)) props.onClose();
  }

  return (
    <Dialog title={t('console.scribe.title', { team: team.name })} onClose={props.onClose}>
      <p>
        <strong>
          {si.inject.number} {si.inject.title}
        </strong>
      </p>
      <p className="meta">{t('console.scribe.intro')}</p>
      <ErrorMessage error={props.error} />
      <div className="actions">
        <button
          type="button"
          disabled={Boolean(cell?.acknowledged)}
          onClick={() => void send({ type: 'scribeAcknowledge', ...base })}
        >
          {cell?.acknowledged ? t('console.scribe.alreadyAcknowledged') : t('console.scribe.acknowledge')}
        </button>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send({ type: 'scribeRespond', ...base, text, decision });
        }}
      >
        {si.inject.decisionOptions.length > 0 && (
          <fieldset>
            <legend>{t('console.scribe.decision')}</legend>
            {si.inject.decisionOptions.map((option, index) => (
              <label key={option} className="inline">
                <input type="radio" name="decision" checked={decision === index} onChange={() => setDecision(index)} />
                {option}
              </label>
            ))}
          </fieldset>
        )}
        <label>
          <span>{t('console.scribe.response')}</span>
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={text.trim() === '' && decision === null}>
            {t('console.scribe.respond')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
