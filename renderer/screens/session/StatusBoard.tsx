// Inject × team: how far each team has got with each released inject. A cell entered by
// a scribe says so; overdue cells stand out. Each cell's button records for the team.
import { useTranslation } from 'react-i18next';
import type { StaffView } from '../../../shared/session/views';
import { cellStatus } from './consoleModel';

export function StatusBoard(props: {
  view: StaffView;
  scenarioMs: number;
  readOnly: boolean;
  onScribe(injectId: string, teamId: string): void;
}) {
  const { t } = useTranslation();
  const { view } = props;
  const released = view.injects.filter((si) => si.status === 'released');
  const cellOf = (injectId: string, teamId: string) =>
    view.board.find((c) => c.injectId === injectId && c.teamId === teamId);

  return (
    <section className="status-board" aria-labelledby="board-title">
      <h2 id="board-title">{t('console.board.title')}</h2>
      {released.length === 0 ? (
        <p className="meta">{t('console.board.empty')}</p>
      ) : (
        // Wider than a phone, and buttonless once the session is over: focusable so keys scroll it.
        <div className="board-scroll" role="group" aria-labelledby="board-title" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('console.board.inject')}</th>
                {view.teams.map((team) => (
                  <th key={team.id} scope="col">
                    <span className="swatch" style={{ background: team.colour }} aria-hidden="true" />
                    {team.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {released.map((si) => (
                <tr key={si.inject.id}>
                  <th scope="row">
                    {si.inject.number} {si.inject.title}
                  </th>
                  {view.teams.map((team) => {
                    const cell = cellOf(si.inject.id, team.id);
                    if (!cell) return <td key={team.id} className="na" aria-label={t('console.board.notSent')} />;
                    const status = cellStatus(cell, props.scenarioMs);
                    const scribed = cell.responded?.enteredBy === 'scribe' || cell.acknowledged?.enteredBy === 'scribe';
                    const label = `${t(`console.board.status.${status}`)}${scribed ? ` (${t('console.board.byScribe')})` : ''}`;
                    return (
                      <td key={team.id} className={`cell ${status}`}>
                        {props.readOnly ? (
                          label
                        ) : (
                          <button
                            type="button"
                            aria-label={`${si.inject.number} × ${team.name}: ${label}. ${t('console.scribe.open')}`}
                            onClick={() => props.onScribe(si.inject.id, team.id)}
                          >
                            {label}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
