// The participants panel's grouping, pure: who waits, who is in which team, who evaluates.
import type { StaffView } from '../../../shared/session/views';

type Person = StaffView['participants'][number];

/** What an admission picker offers: a team's id, or this for "as an evaluator". */
export const AS_EVALUATOR = '#evaluator';

export function groupParticipants(view: Pick<StaffView, 'participants' | 'teams'>): {
  waiting: Person[];
  byTeam: { teamId: string; name: string; people: Person[] }[];
  evaluators: Person[];
} {
  const admitted = view.participants.filter((p) => p.status === 'admitted');
  return {
    waiting: view.participants.filter((p) => p.status === 'waiting'),
    byTeam: view.teams.map((team) => ({
      teamId: team.id,
      name: team.name,
      people: admitted.filter((p) => p.role === 'team' && p.teamId === team.id),
    })),
    evaluators: admitted.filter((p) => p.role === 'evaluator'),
  };
}

/** Where a waiting person goes unless the facilitator picks otherwise: what they asked for. */
export function defaultAdmission(person: Person, teams: readonly { id: string }[]): string {
  if (person.requestedRole === 'evaluator') return AS_EVALUATOR;
  if (person.requestedTeamId && teams.some((t) => t.id === person.requestedTeamId)) return person.requestedTeamId;
  return teams[0]?.id ?? AS_EVALUATOR;
}

/** The command an admission picker's choice stands for. */
export function admitCommand(participantId: string, choice: string) {
  return choice === AS_EVALUATOR
    ? { type: 'admitParticipant' as const, participantId, role: 'evaluator' as const }
    : { type: 'admitParticipant' as const, participantId, teamId: choice, role: 'team' as const };
}
