// "Team views": pick a team and see exactly what its participants see, fetched from the
// host with the same view function. Most useful in a rehearsal, where the control cell
// runs alone and checks every team's screen; there it stands out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './participants.css';
import type { StaffView, TeamView } from '../../../shared/session/views';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLiveView } from '../../guest/useLiveView';
import { TeamPreview } from './TeamPreview';

export function TeamViewsPanel({ view }: { view: StaffView }) {
  const { t } = useTranslation();
  const api = useApi();
  const [picked, setPicked] = useState(view.teams[0]?.id ?? '');
  const teamId = view.teams.some((team) => team.id === picked) ? picked : (view.teams[0]?.id ?? '');
  const { sessionId } = view;
  const { received, error } = useLiveView<TeamView>(
    teamId ? sessionId : null,
    () => api.call('session.teamPreview', { sessionId, teamId }),
    teamId,
  );
  return (
    <section
      className={view.rehearsal ? 'team-views rehearsal-highlight' : 'team-views'}
      aria-labelledby="team-views-title"
    >
      <h2 id="team-views-title">{t('console.teamViews.title')}</h2>
      {view.rehearsal && <p className="meta">{t('console.teamViews.rehearsalHint')}</p>}
      <label className="team-picker">
        {t('console.teamViews.team')}{' '}
        <select value={teamId} onChange={(e) => setPicked(e.target.value)}>
          {view.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={error} />
      {received && received.view.team.id === teamId && <TeamPreview view={received.view} />}
    </section>
  );
}
