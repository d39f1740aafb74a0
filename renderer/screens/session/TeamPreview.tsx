// A team's view as its participants get it (the host's own view for that team), in a
// simple rendering: the inbox newest first, the questions raised for it, its messages.
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/session/clock';
import type { TeamView } from '../../../shared/session/views';

export function TeamPreview({ view }: { view: TeamView }) {
  const { t } = useTranslation();
  const injects = [...view.injects].reverse();
  return (
    <div className="team-preview" style={{ borderColor: view.team.colour }}>
      <p className="meta">
        <strong>{view.team.name}</strong>
        {view.team.agency && ` · ${view.team.agency}`}
        {view.phase && ` · ${view.phase.name}`}
      </p>
      <h4>{t('console.teamViews.inbox', { count: view.injects.length })}</h4>
      {injects.length === 0 && <p className="meta">{t('console.teamViews.noInject')}</p>}
      <ul className="preview-injects">
        {injects.map((i) => (
          <li key={i.id}>
            <p className="meta">
              {formatClock(i.released.scenarioMs)} · {i.number} · {t(`spreadsheet.channels.${i.channel}`)}
              {i.sender && ` · ${i.sender}`}
              {i.acknowledged && ` · ${t('console.board.status.acknowledged')}`}
              {i.responses.length > 0 && ` · ${t('console.board.status.responded')}`}
            </p>
            <p className="preview-title">{i.title}</p>
            {i.body && <p className="preview-body">{i.body}</p>}
            {i.decisionOptions.length > 0 && (
              <ul className="preview-options">
                {i.decisionOptions.map((option, index) => (
                  <li key={index}>{option}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {view.questions.length > 0 && (
        <>
          <h4>{t('console.teamViews.questions')}</h4>
          <ul>
            {view.questions.map((q) => (
              <li key={`${q.raised.at}-${q.text}`}>{q.text}</li>
            ))}
          </ul>
        </>
      )}
      {view.messages.length > 0 && (
        <>
          <h4>{t('console.messages.title')}</h4>
          <ul>
            {view.messages.map((m) => (
              <li key={m.id}>
                {m.text}
                {m.answer && (
                  <p className="answer">
                    {t('console.messages.answered')}: {m.answer.text}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
