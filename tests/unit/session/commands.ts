// Random sessions for property tests: a list of abstract commands a control cell, teams,
// evaluators and the host could issue, played against a SessionLog. Commands the reducer
// refuses (pausing a paused clock, acknowledging an inject a team never got) are dropped,
// exactly as the service would refuse them, so the log is always a valid history.
import fc from 'fast-check';
import { DomainError } from '../../../shared/api/errors';
import { CLOCK_SPEEDS } from '../../../shared/session/events';
import { recoveryDraft } from '../../../shared/session/recovery';
import { nextInjectTime } from '../../../shared/session/scheduler';
import { scenarioMsAt } from '../../../shared/session/clock';
import { EVALUATOR, participant, scribeFor, SYSTEM, type SessionLog } from './fixtures';

export type Command =
  | { kind: 'tick'; ms: number }
  | { kind: 'start' | 'pause' | 'resume' | 'releaseDue' | 'jumpNext' | 'end' }
  | { kind: 'speed'; speed: (typeof CLOCK_SPEEDS)[number] }
  | { kind: 'jump'; byMs: number }
  | { kind: 'recover'; newMono: number; heartbeatLagMs: number }
  | { kind: 'release' | 'hold' | 'unhold' | 'skip'; inject: number }
  | { kind: 'retime'; inject: number; offsetSec: number }
  | { kind: 'addAdHoc'; n: number; team: number }
  | { kind: 'join'; person: number; team: number }
  | { kind: 'admit' | 'move'; person: number; team: number }
  | { kind: 'remove'; person: number }
  | {
      kind: 'deliver' | 'seen' | 'ack' | 'respond' | 'message';
      inject: number;
      team: number;
      byScribe: boolean;
      person: number;
    }
  | { kind: 'answer'; message: number }
  | { kind: 'phase'; phase: number }
  | { kind: 'raise'; fromInject: boolean; source: number; index: number }
  | { kind: 'observe'; team: number };

const idx = fc.nat(20);
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.nat(120_000) }) },
  fc.record({ kind: fc.constantFrom('start' as const, 'jumpNext' as const) }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('pause' as const, 'resume' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('releaseDue' as const) }) },
  fc.record({ kind: fc.constant('speed' as const), speed: fc.constantFrom(...CLOCK_SPEEDS) }),
  fc.record({ kind: fc.constant('jump' as const), byMs: fc.integer({ min: 1, max: 600_000 }) }),
  fc.record({ kind: fc.constant('recover' as const), newMono: fc.nat(5_000), heartbeatLagMs: fc.nat(1_000) }),
  fc.record({
    kind: fc.constantFrom('release' as const, 'hold' as const, 'unhold' as const, 'skip' as const),
    inject: idx,
  }),
  fc.record({ kind: fc.constant('retime' as const), inject: idx, offsetSec: fc.nat(1_200) }),
  fc.record({ kind: fc.constant('addAdHoc' as const), n: fc.nat(3), team: idx }),
  fc.record({
    kind: fc.constantFrom('join' as const, 'admit' as const, 'move' as const),
    person: fc.nat(3),
    team: idx,
  }),
  fc.record({ kind: fc.constant('remove' as const), person: fc.nat(3) }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'deliver' as const,
        'seen' as const,
        'ack' as const,
        'respond' as const,
        'message' as const,
      ),
      inject: idx,
      team: idx,
      byScribe: fc.boolean(),
      person: fc.nat(3),
    }),
  },
  fc.record({ kind: fc.constant('answer' as const), message: idx }),
  fc.record({ kind: fc.constant('phase' as const), phase: idx }),
  fc.record({ kind: fc.constant('raise' as const), fromInject: fc.boolean(), source: idx, index: fc.nat(2) }),
  fc.record({ kind: fc.constant('observe' as const), team: idx }),
);

/**
 * A random session: usually started at once with two members admitted (person-0 to the
 * first team, person-1 to the second), so that most commands do something.
 */
export const sessionCommandsArb: fc.Arbitrary<Command[]> = fc
  .tuple(fc.nat(9), fc.array(commandArb, { minLength: 1, maxLength: 80 }))
  .map(([n, commands]): Command[] =>
    n === 0
      ? commands
      : [
          { kind: 'start' },
          { kind: 'join', person: 0, team: 0 },
          { kind: 'admit', person: 0, team: 0 },
          { kind: 'join', person: 1, team: 1 },
          { kind: 'admit', person: 1, team: 1 },
          ...commands,
        ],
  );

const pick = <T>(list: readonly T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

/** Plays one command; a command the reducer refuses leaves the log as it was. */
export function play(log: SessionLog, c: Command, secret = (what: string) => what): void {
  const s = log.state;
  const injectId = 'inject' in c ? (pick(s.injectOrder, c.inject) ?? 'none') : 'none';
  const teamId = 'team' in c ? (pick(s.exercise.teams, c.team)?.id ?? 'none') : 'none';
  const personId = 'person' in c ? `person-${c.person}` : 'none';
  try {
    switch (c.kind) {
      case 'tick':
        log.tick(c.ms);
        return;
      case 'start':
        log.append({ type: 'clock_started' });
        return;
      case 'pause':
        log.append({ type: 'clock_paused' });
        return;
      case 'resume':
        log.append({ type: 'clock_resumed' });
        return;
      case 'speed':
        log.append({ type: 'clock_speed_set', speed: c.speed });
        return;
      case 'jump':
        log.append({ type: 'clock_jumped', toMs: scenarioMsAt(s.clock, log.mono) + c.byMs, reason: 'time' });
        return;
      case 'jumpNext': {
        const to = nextInjectTime(s, scenarioMsAt(s.clock, log.mono));
        if (to !== null) log.append({ type: 'clock_jumped', toMs: to, reason: 'next_inject' });
        return;
      }
      case 'releaseDue':
        log.releaseDue();
        return;
      case 'recover': {
        // The host restarts: its monotonic time starts again from near zero.
        const reached = scenarioMsAt(s.clock, log.mono);
        const oldMono = log.mono;
        log.mono = c.newMono;
        const heartbeat = { scenarioMs: Math.max(0, reached - c.heartbeatLagMs), at: log.at };
        const draft = recoveryDraft(s, heartbeat, log.at, log.mono) as { type: 'clock_recovered'; reachedMs: number };
        try {
          log.append({ type: draft.type, reachedMs: draft.reachedMs }, SYSTEM);
        } catch (error) {
          log.mono = oldMono;
          throw error;
        }
        return;
      }
      case 'end':
        log.append({ type: 'session_ended' });
        return;
      case 'release':
        log.append({ type: 'inject_released', injectId, trigger: 'control' });
        return;
      case 'hold':
      case 'unhold':
      case 'skip':
        log.append({
          type: `inject_${c.kind === 'hold' ? 'held' : c.kind === 'unhold' ? 'unheld' : 'skipped'}`,
          injectId,
        });
        return;
      case 'retime':
        log.append({ type: 'inject_retimed', injectId, offsetSec: c.offsetSec });
        return;
      case 'addAdHoc': {
        const id = `adhoc-${s.injectOrder.length}`;
        log.append({
          type: 'inject_added',
          inject: {
            id,
            number: `X${c.n}`,
            phaseId: null,
            offsetSec: 0,
            release: 'manual',
            contingency: false,
            channel: 'radio',
            sender: '',
            audience: 'teams',
            recipientTeamIds: [teamId],
            title: secret(`ad-hoc title ${id}`),
            body: secret(`ad-hoc body ${id}`),
            attachmentIds: [],
            decisionOptions: [],
            expectedActions: [],
            controllerNotes: secret(`ad-hoc notes ${id}`),
            discussionQuestions: [],
          },
        });
        return;
      }
      case 'join':
        log.append(
          {
            type: 'participant_joined',
            participantId: personId,
            name: 'Person',
            requestedTeamId: teamId,
            requestedRole: 'team',
          },
          { kind: 'participant', id: personId },
        );
        return;
      case 'admit':
        log.append({ type: 'participant_admitted', participantId: personId, teamId });
        return;
      case 'move':
        log.append({ type: 'participant_moved', participantId: personId, teamId });
        return;
      case 'remove':
        log.append({ type: 'participant_removed', participantId: personId });
        return;
      case 'deliver':
      case 'seen':
      case 'ack':
      case 'respond':
      case 'message': {
        // Mostly about an inject the team did receive, from the member admitted to it at the start.
        const released = s.injectOrder.filter((id) => s.injects[id]?.status === 'released');
        const injectId = pick(released, c.inject) ?? 'none';
        const teamId =
          c.kind === 'message'
            ? (pick(s.teams, c.team)?.id ?? 'none')
            : (pick(s.injects[injectId]?.recipientTeamIds ?? [], c.team) ?? 'none');
        const member = `person-${s.teams.findIndex((t) => t.id === teamId)}`;
        const actor = c.kind === 'deliver' ? SYSTEM : c.byScribe ? scribeFor(teamId) : participant(member, teamId);
        if (c.kind === 'deliver') log.append({ type: 'inject_delivered', injectId, teamId }, actor);
        if (c.kind === 'seen') log.append({ type: 'inject_seen', injectId, teamId }, actor);
        if (c.kind === 'ack') log.append({ type: 'inject_acknowledged', injectId, teamId }, actor);
        if (c.kind === 'respond')
          log.append({ type: 'inject_responded', injectId, teamId, text: 'On our way', decision: null }, actor);
        if (c.kind === 'message')
          log.append(
            { type: 'message_sent', messageId: `m${s.messages.length}`, teamId, text: 'Need more hoses' },
            actor,
          );
        return;
      }
      case 'answer': {
        const message = pick(s.messages, c.message);
        if (message) log.append({ type: 'message_answered', messageId: message.id, text: 'Two trucks coming' });
        return;
      }
      case 'phase': {
        const phase = pick(s.exercise.phases, c.phase);
        if (phase) log.append({ type: 'phase_started', phaseId: phase.id });
        return;
      }
      case 'raise': {
        const source = c.fromInject
          ? { kind: 'inject' as const, injectId: pick(s.injectOrder, c.source) ?? 'none' }
          : { kind: 'phase' as const, phaseId: pick(s.exercise.phases, c.source)?.id ?? 'none' };
        log.append({ type: 'question_raised', source, index: c.index });
        return;
      }
      case 'observe':
        log.append(
          {
            type: 'observation_recorded',
            observationId: `o${s.observations.length}`,
            teamId,
            injectId: null,
            capabilityId: null,
            rating: 'S',
            text: secret(`observation ${s.observations.length}`),
          },
          EVALUATOR,
        );
        return;
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
}
