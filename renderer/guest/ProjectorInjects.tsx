// The projector's body: the newest public inject large, the earlier ones below, and the
// discussion questions raised for the room.
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../shared/session/clock';
import type { ProjectorView } from '../../shared/session/views';
import { splitInjects } from './projectorModel';

export function ProjectorInjects({ view }: { view: ProjectorView }) {
  const { t } = useTranslation();
  const { newest, earlier } = splitInjects(view.injects);
  const questions = [...view.questions].reverse();
  return (
    <div className="projector-body">
      <section className="projector-newest" aria-labelledby="projector-newest-title">
        <h2 id="projector-newest-title" className="caption">
          {t('console.projector.latest')}
        </h2>
        {newest ? (
          <article>
            <p className="projector-meta">
              {formatClock(newest.released.scenarioMs)} · {newest.number} ·{' '}
              {t(`spreadsheet.channels.${newest.channel}`)}
              {newest.sender && ` · ${newest.sender}`}
            </p>
            <h3>{newest.title}</h3>
            {newest.body && <p className="projector-text">{newest.body}</p>}
          </article>
        ) : (
          <p className="projector-empty">{t('console.projector.noInject')}</p>
        )}
      </section>
      <aside className="projector-side">
        {questions.length > 0 && (
          <section aria-labelledby="projector-questions-title">
            <h2 id="projector-questions-title" className="caption">
              {t('console.projector.questions')}
            </h2>
            <ol className="projector-questions">
              {questions.map((q) => (
                <li key={`${q.raised.at}-${q.text}`}>{q.text}</li>
              ))}
            </ol>
          </section>
        )}
        {earlier.length > 0 && (
          <section aria-labelledby="projector-earlier-title">
            <h2 id="projector-earlier-title" className="caption">
              {t('console.projector.earlier')}
            </h2>
            <ul className="projector-earlier">
              {earlier.map((i) => (
                <li key={i.id}>
                  <span className="projector-meta">
                    {formatClock(i.released.scenarioMs)} · {i.number}
                  </span>{' '}
                  {i.title}
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
