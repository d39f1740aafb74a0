import { describe, expect, it } from 'vitest';
import { commandDrafts } from '../../../electron/services/session/commands';
import { sessionCommandSchema, type SessionCommandInput } from '../../../shared/session/commands';
import { SessionLog } from './fixtures';

/** Plays a command on the log as the service does: its drafts, stamped and reduced in turn. */
function play(log: SessionLog, input: SessionCommandInput) {
  const drafts = commandDrafts(log.state, sessionCommandSchema.parse(input), 'fac', log.mono);
  return drafts.map(({ body, actor }) => log.append(body, actor));
}

describe('commandDrafts', () => {
  it('turns the clock commands into clock events; jumpNext goes to the next planned inject', () => {
    const log = new SessionLog();
    expect(play(log, { type: 'start' }).map((e) => e.type)).toEqual(['clock_started']);
    play(log, { type: 'setSpeed', speed: 5 });
    log.tick(2_000); // T+00:10
    expect(play(log, { type: 'jumpNext' })).toMatchObject([
      { type: 'clock_jumped', toMs: 60_000, reason: 'next_inject', scenarioMs: 60_000 },
    ]);
    expect(play(log, { type: 'jump', toMs: 90_000 })).toMatchObject([{ toMs: 90_000, reason: 'time' }]);
    expect(play(log, { type: 'pause' })[0]!.type).toBe('clock_paused');
  });

  it('refuses jumpNext when no planned inject is left ahead', () => {
    const log = new SessionLog();
    play(log, { type: 'start' });
    play(log, { type: 'jump', toMs: 600_000 });
    expect(() => play(log, { type: 'jumpNext' })).toThrow(
      expect.objectContaining({ messageKey: 'session.errors.no_next_inject' }),
    );
  });

  it('an ad-hoc inject is added and released in one command, or only added', () => {
    const inject = {
      id: 'x1',
      number: 'X1',
      offsetSec: 0,
      channel: 'radio' as const,
      title: 'Radio down',
      audience: 'all' as const,
    };
    const log = new SessionLog();
    play(log, { type: 'start' });
    expect(play(log, { type: 'addInject', inject }).map((e) => e.type)).toEqual(['inject_added', 'inject_released']);
    const later = play(log, { type: 'addInject', inject: { ...inject, id: 'x2' }, releaseNow: false });
    expect(later.map((e) => e.type)).toEqual(['inject_added']);
    expect(log.state.injects.x2!.status).toBe('pending');
  });

  it('a scribe acts as the staff member, naming the team it speaks for', () => {
    const log = new SessionLog();
    play(log, { type: 'start' });
    play(log, { type: 'release', injectId: 'i1' });
    const [ack] = play(log, { type: 'scribeAcknowledge', injectId: 'i1', teamId: 'B' });
    expect(ack!.actor).toEqual({ kind: 'scribe', id: 'fac', teamId: 'B' });
    play(log, { type: 'scribeMessage', teamId: 'B', messageId: 'm1', text: 'Need water' });
    const [answer] = play(log, { type: 'answerMessage', messageId: 'm1', text: 'Tanker sent' });
    expect(answer!.actor).toEqual({ kind: 'staff', id: 'fac' });
    expect(log.state.board.i1!.B!.acknowledged!.enteredBy).toBe('scribe');
    expect(log.state.messages[0]!.answer!.text).toBe('Tanker sent');
  });

  it('admits into the asked team, or as an evaluator with no team whatever team is named', () => {
    const log = new SessionLog();
    log.join('p1', 'team');
    log.join('e1', 'evaluator');
    expect(play(log, { type: 'admitParticipant', participantId: 'p1', teamId: 'B' })).toMatchObject([
      { type: 'participant_admitted', teamId: 'B', role: 'team' },
    ]);
    expect(play(log, { type: 'admitParticipant', participantId: 'e1', teamId: 'A', role: 'evaluator' })).toMatchObject([
      { type: 'participant_admitted', teamId: null, role: 'evaluator' },
    ]);
    expect(log.state.participants.e1).toMatchObject({ status: 'admitted', role: 'evaluator', teamId: null });
    expect(log.state.participants.p1).toMatchObject({ status: 'admitted', role: 'team', teamId: 'B' });
  });
});
