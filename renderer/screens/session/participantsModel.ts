// The participants panel's grouping, pure: who waits, who is in which team, who evaluates,
// who controls.
import type { StaffView } from '../../../shared/session/views';

type Person = StaffView['participants'][number];

/** What an admission picker offers: a team's id, or one of these for a role with no team. */
export const AS_EVALUATOR = '#evaluator';
export const AS_CONTROLLER = '#controller';

export function groupParticipants(view: Pick<StaffView, 'participants' | 'teams'>): {
  waiting: Person[];
  byTeam: { teamId: string; name: string; people: Person[] }[];
  evaluators: Person[];
  controllers: Person[];
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
    controllers: admitted.filter((p) => p.role === 'controller'),
  };
}

/**
 * Where a waiting person goes unless the facilitator picks otherwise: what they asked for.
 * Only the session's owner makes controllers (`mayAdmitControllers`); for anyone else a
 * request to control falls back to the first team, for them to choose.
 */
export function defaultAdmission(person: Person, teams: readonly { id: string }[], mayAdmitControllers = true): string {
  if (person.requestedRole === 'evaluator') return AS_EVALUATOR;
  if (person.requestedRole === 'controller' && mayAdmitControllers) return AS_CONTROLLER;
  if (person.requestedTeamId && teams.some((t) => t.id === person.requestedTeamId)) return person.requestedTeamId;
  return teams[0]?.id ?? AS_EVALUATOR;
}

/** The command an admission picker's choice stands for. */
export function admitCommand(participantId: string, choice: string) {
  if (choice === AS_EVALUATOR) return { type: 'admitParticipant' as const, participantId, role: 'evaluator' as const };
  if (choice === AS_CONTROLLER)
    return { type: 'admitParticipant' as const, participantId, role: 'controller' as const };
  return { type: 'admitParticipant' as const, participantId, teamId: choice, role: 'team' as const };
}

/** How many of these people have at least one browser connected now. */
export function connectedCount(people: readonly Person[], presence: { people: Record<string, number> } | null): number {
  return people.filter((p) => (presence?.people[p.id] ?? 0) > 0).length;
}

/**
 * Whether the viewer may move or remove this person. The session's owner changes anyone; a
 * controller changes team members and evaluators, never a controller nor themselves (the
 * reducer refuses it as well: shared/session/participants.ts).
 */
export function mayChangePerson(person: Person, viewer: { isOwner: boolean; selfId: string | null }): boolean {
  if (person.id === viewer.selfId) return false;
  return viewer.isOwner || person.role !== 'controller';
}

/** Whether there is a team to move this person to (one other than their own). */
export function hasTeamToMoveTo(person: Person, teams: readonly { id: string }[]): boolean {
  return teams.some((team) => team.id !== person.teamId);
}
