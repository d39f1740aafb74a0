// The state of a live session, as the reducer derives it from the event log. Plain data
// (JSON-safe, no classes, no Maps) so it can be compared, snapshotted and sent to staff.
import type { Exercise, Inject, Phase, Team } from '../model/exercise';
import type { ClockState } from './clock';
import type { EventOf, ParticipantRole, QuestionSource } from './events';

export type SessionStatus = 'lobby' | 'live' | 'ended' | 'aborted';

/** Where an inject stands. Released and skipped are final. */
export type InjectStatus = 'pending' | 'held' | 'released' | 'skipped';

/** When something happened, on both clocks. */
export type Stamp = { at: string; scenarioMs: number };
/** Who entered a team's words: its own members, or a scribe on its behalf. */
export type EnteredBy = 'team' | 'scribe';

export type SessionInject = {
  /** The inject as it stands now (re-timed or edited before release). */
  inject: Inject;
  /** Written during play rather than taken from the exercise's MSEL. */
  adHoc: boolean;
  status: InjectStatus;
  released: Stamp | null;
  /** The teams it went to, fixed at release. */
  recipientTeamIds: string[];
};

export type TeamResponse = Stamp & {
  text: string;
  decision: number | null;
  enteredBy: EnteredBy;
  /** The id the participant's device gave it (null for a scribe's, or an older log's). */
  id: string | null;
};

/** One cell of the status board: one released inject, one recipient team. */
export type TeamInjectState = {
  delivered: Stamp | null;
  seen: Stamp | null;
  acknowledged: (Stamp & { enteredBy: EnteredBy }) | null;
  responses: TeamResponse[];
};

export type Participant = {
  id: string;
  name: string;
  requestedTeamId: string | null;
  requestedRole: ParticipantRole;
  status: 'waiting' | 'admitted' | 'removed';
  /** What the control cell admitted them as: an evaluator has no team. */
  role: ParticipantRole;
  teamId: string | null;
};

export type Message = {
  id: string;
  teamId: string;
  text: string;
  sent: Stamp & { enteredBy: EnteredBy };
  answer: (Stamp & { text: string; staffId: string }) | null;
};

export type RaisedQuestion = Stamp & { source: QuestionSource; index: number; text: string };

export type Observation = Stamp & Omit<EventOf<'observation_recorded'>, 'seq' | 'at' | 'mono' | 'scenarioMs' | 'type'>;

export type SessionState = {
  sessionId: string;
  /** The exercise as it was when the session was created. */
  exercise: Exercise;
  rehearsal: boolean;
  joinCode: string;
  teams: Team[];
  staff: EventOf<'session_created'>['staff'];
  evaluators: EventOf<'session_created'>['evaluators'];
  status: SessionStatus;
  clock: ClockState;
  lastSeq: number;
  /** Monotonic time of the last event: the next must not be earlier (a recovery starts a new epoch). */
  lastMono: number;
  /** Scenario time of the last event, as the reducer computed it: the floor of a recovery. */
  lastScenarioMs: number;
  /** Every inject of the session by id, and their MSEL order (ad-hoc ones last, as written). */
  injects: Record<string, SessionInject>;
  injectOrder: string[];
  /** Status board cells: injectId → teamId → state. A cell exists once the inject is released to that team. */
  board: Record<string, Record<string, TeamInjectState>>;
  participants: Record<string, Participant>;
  messages: Message[];
  currentPhaseId: string | null;
  raisedQuestions: RaisedQuestion[];
  observations: Observation[];
  /** Each time the host came back after a crash or restart: the UI shows a notice. */
  recoveries: Stamp[];
  ended: Stamp | null;
};

export function phaseOf(state: SessionState, phaseId: string | null): Phase | null {
  return state.exercise.phases.find((p) => p.id === phaseId) ?? null;
}

/** The text of a discussion question, or null when there is no such question. */
export function questionText(state: SessionState, source: QuestionSource, index: number): string | null {
  const list =
    source.kind === 'phase'
      ? phaseOf(state, source.phaseId)?.discussionQuestions
      : state.injects[source.injectId]?.inject.discussionQuestions;
  return list?.[index] ?? null;
}

export function sameSource(a: QuestionSource, b: QuestionSource): boolean {
  return a.kind === 'phase'
    ? b.kind === 'phase' && a.phaseId === b.phaseId
    : b.kind === 'inject' && a.injectId === b.injectId;
}
