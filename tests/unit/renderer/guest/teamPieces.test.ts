import { describe, expect, it } from 'vitest';
import { arrivals, inboxOrder, isUnread, unreadCount, type TeamInject } from '../../../../renderer/guest/teamInbox';
import { buildTeamLog } from '../../../../renderer/guest/teamLog';

const at = (minute: number) => `2026-05-01T08:${String(minute).padStart(2, '0')}:00.000Z`;
const stamp = (minute: number) => ({ at: at(minute), scenarioMs: minute * 60_000 });

function inject(id: string, minute: number, extra: Partial<TeamInject> = {}): TeamInject {
  return {
    id,
    number: id.toUpperCase(),
    channel: 'phone',
    sender: 'Duty officer',
    title: `Title ${id}`,
    body: '',
    attachmentIds: [],
    decisionOptions: [],
    released: stamp(minute),
    seen: false,
    acknowledged: null,
    responses: [],
    ...extra,
  };
}

describe('the inbox', () => {
  it('lists the newest release first, the later of two at the same time first', () => {
    const list = [inject('a', 1), inject('b', 5), inject('c', 3), inject('d', 5)];
    expect(inboxOrder(list).map((i) => i.id)).toEqual(['d', 'b', 'c', 'a']);
    // The input is left as it was.
    expect(list.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts as unread what no device of the team opened, nor this one', () => {
    const list = [inject('a', 1, { seen: true }), inject('b', 2), inject('c', 3)];
    expect(unreadCount(list, new Set())).toBe(2);
    expect(unreadCount(list, new Set(['b']))).toBe(1);
    expect(isUnread(list[0]!, new Set())).toBe(false);
    expect(isUnread(list[2]!, new Set())).toBe(true);
  });

  it('announces only what arrived after the first view, newest first', () => {
    const first = [inject('a', 1)];
    expect(arrivals(null, first)).toEqual([]);
    const later = [inject('a', 1), inject('b', 2), inject('c', 4)];
    expect(arrivals(new Set(['a']), later).map((i) => i.id)).toEqual(['c', 'b']);
    expect(arrivals(new Set(['a', 'b', 'c']), later)).toEqual([]);
  });
});

describe("the team's own log", () => {
  it('puts what was received, acknowledged, answered and sent in time order, marking the scribe', () => {
    const log = buildTeamLog({
      injects: [
        inject('a', 1, {
          decisionOptions: ['Evacuate', 'Shelter in place'],
          acknowledged: { ...stamp(2), enteredBy: 'scribe' },
          responses: [{ ...stamp(6), text: 'Going', decision: 1, enteredBy: 'team', id: 'r1' }],
        }),
        inject('b', 4),
      ],
      messages: [
        {
          id: 'm1',
          text: 'Need water',
          sent: { ...stamp(3), enteredBy: 'team' },
          answer: { text: 'Two tankers coming', answered: stamp(5) },
        },
      ],
    });
    expect(log.map((e) => [e.scenarioMs / 60_000, e.kind])).toEqual([
      [1, 'received'],
      [2, 'acknowledged'],
      [3, 'messageSent'],
      [4, 'received'],
      [5, 'answered'],
      [6, 'responded'],
    ]);
    expect(log[1]).toMatchObject({ kind: 'acknowledged', number: 'A', byScribe: true });
    expect(log[2]).toMatchObject({ kind: 'messageSent', text: 'Need water', byScribe: false });
    expect(log[5]).toMatchObject({ kind: 'responded', text: 'Going', decision: 'Shelter in place', byScribe: false });
  });

  it('orders by wall time what happened at one scenario time (a paused clock)', () => {
    const log = buildTeamLog({
      injects: [inject('a', 1, { acknowledged: { at: at(9), scenarioMs: 60_000, enteredBy: 'team' } })],
      messages: [{ id: 'm', text: 'x', sent: { at: at(5), scenarioMs: 60_000, enteredBy: 'team' }, answer: null }],
    });
    expect(log.map((e) => e.kind)).toEqual(['received', 'messageSent', 'acknowledged']);
  });
});
