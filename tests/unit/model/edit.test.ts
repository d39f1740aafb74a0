import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exerciseContentSchema, type ExerciseContent } from '../../../shared/model/exercise';
import {
  addTag,
  duplicateInject,
  moveItem,
  newExpectedAction,
  newInject,
  newTeam,
  nextInjectNumber,
  nudgeOffset,
  parseShift,
  randomId,
  reachedTeamIds,
  removeCapability,
  removePhase,
  removeTeam,
  setAudience,
  shiftInjects,
  snapOffset,
  sortByTime,
  teamUsage,
  tickStepSec,
  timelineEndSec,
  timelineLanes,
  toContent,
  TEAM_COLOURS,
} from '../../../shared/model/edit';
import { MAX_OFFSET_SEC } from '../../../shared/model/time';
import { validateExercise } from '../../../shared/model/validate';

function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function sample(): ExerciseContent {
  return exerciseContentSchema.parse({
    title: 'Cháy kho hàng cảng Hải Phòng',
    plannedDurationMin: 60,
    capabilities: [{ id: 'cap1', name: 'Phối hợp chỉ huy' }],
    objectives: [{ id: 'o1', text: 'Lập sở chỉ huy trong 15 phút', capabilityIds: ['cap1'] }],
    teams: [
      { id: 'police', name: 'Công an tỉnh', colour: '#1f4e79' },
      { id: 'fire', name: 'PCCC', colour: '#b3261e' },
    ],
    phases: [{ id: 'p1', name: 'Báo động' }],
    injects: [
      {
        id: 'i1',
        number: '1',
        phaseId: 'p1',
        offsetSec: 600,
        channel: 'phone',
        recipientTeamIds: ['police', 'fire'],
        title: 'Báo cháy',
        expectedActions: [
          { id: 'a1', teamId: 'police', description: 'Phong tỏa', capabilityId: 'cap1' },
          { id: 'a2', teamId: 'fire', description: 'Xuất xe' },
        ],
      },
      { id: 'i2', number: '2', offsetSec: 0, channel: 'radio', audience: 'all', title: 'Khai mạc' },
      { id: 'i3', number: '10', offsetSec: 600, channel: 'email', recipientTeamIds: ['fire'], title: 'Tin báo chí' },
    ],
  });
}

describe('ids and content', () => {
  it('randomId gives distinct 24-hex ids', () => {
    const ids = new Set(Array.from({ length: 500 }, randomId));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('toContent drops the library fields', () => {
    const content = toContent({
      ...sample(),
      id: '7d3a0d2e-8f1c-4b7a-9a53-2d2f7f1b8c11',
      revision: 3,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      archivedAt: null,
    });
    expect(content).not.toHaveProperty('revision');
    expect(content).not.toHaveProperty('id');
    expect(content.injects).toHaveLength(3);
  });
});

describe('teams', () => {
  it('a new team takes the first unused colour', () => {
    const team = newTeam(sample(), '  Hải quan  ', counter('t'));
    expect(team).toEqual({ id: 't1', name: 'Hải quan', agency: '', colour: TEAM_COLOURS[2], roster: [] });
  });

  it('counts and removes what addresses a team, leaving the document valid', () => {
    const content = sample();
    expect(teamUsage(content, 'fire')).toEqual({ injects: 2, actions: 1 });
    expect(teamUsage(content, 'nobody')).toEqual({ injects: 0, actions: 0 });
    const after = removeTeam(content, 'fire');
    expect(after.teams.map((t) => t.id)).toEqual(['police']);
    expect(after.injects[0]!.recipientTeamIds).toEqual(['police']);
    expect(after.injects[0]!.expectedActions.map((a) => a.id)).toEqual(['a1']);
    expect(after.injects[2]!.recipientTeamIds).toEqual([]);
    const codes = validateExercise(after).map((i) => i.code);
    expect(codes).not.toContain('recipient_unknown_team');
    expect(codes).not.toContain('action_unknown_team');
    expect(content.teams).toHaveLength(2); // the input is untouched
  });
});

describe('capabilities and phases', () => {
  it('removing a capability clears it from objectives and actions', () => {
    const after = removeCapability(sample(), 'cap1');
    expect(after.capabilities).toEqual([]);
    expect(after.objectives[0]!.capabilityIds).toEqual([]);
    expect(after.injects[0]!.expectedActions[0]!.capabilityId).toBeNull();
    expect(validateExercise(after).map((i) => i.code)).not.toContain('unknown_capability');
  });

  it('removing a phase keeps its injects, without a phase', () => {
    const after = removePhase(sample(), 'p1');
    expect(after.phases).toEqual([]);
    expect(after.injects[0]!.phaseId).toBeNull();
    expect(after.injects).toHaveLength(3);
  });
});

describe('lists and tags', () => {
  it('moveItem moves one item and clamps the target', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 99)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a'], 5, 0)).toEqual(['a']);
  });

  it('addTag trims and refuses blanks, duplicates in any case, and overlong tags', () => {
    expect(addTag(['PCCC'], '  cảng biển ')).toEqual(['PCCC', 'cảng biển']);
    expect(addTag(['PCCC'], 'pccc')).toEqual(['PCCC']);
    expect(addTag(['PCCC'], '   ')).toEqual(['PCCC']);
    expect(addTag([], 'x'.repeat(41))).toEqual([]);
    const full = Array.from({ length: 30 }, (_, i) => `t${i}`);
    expect(addTag(full, 'one more')).toHaveLength(30);
  });
});

describe('injects', () => {
  it('numbers the next inject past the largest plain number, skipping taken ones', () => {
    expect(nextInjectNumber([])).toBe('1');
    expect(nextInjectNumber([{ number: '1' }, { number: '10' }, { number: '2' }])).toBe('11');
    expect(nextInjectNumber([{ number: 'C1' }, { number: '2.3' }])).toBe('3');
    expect(nextInjectNumber([{ number: 'A' }, { number: '2' }, { number: '3' }])).toBe('4');
  });

  it('sorts by time, then by number read as a number', () => {
    expect(sortByTime(sample().injects).map((i) => i.number)).toEqual(['2', '1', '10']);
  });

  it('a new inject comes after the last one, in its phase and channel, to everyone when there are several teams', () => {
    const content = sample();
    const inject = newInject(content, ' New inject ', counter('n'));
    expect(inject).toMatchObject({
      id: 'n1',
      number: '11',
      offsetSec: 600 + 300,
      channel: 'email',
      audience: 'all',
      recipientTeamIds: [],
      title: 'New inject',
    });
    const parsed = exerciseContentSchema.safeParse({ ...content, injects: [...content.injects, inject] });
    expect(parsed.success).toBe(true);
  });

  it('a new inject goes to the only team, or starts at T+00:00 in an empty MSEL', () => {
    const one = { ...sample(), teams: sample().teams.slice(0, 1), injects: [] };
    expect(newInject(one, 'x', counter())).toMatchObject({
      audience: 'teams',
      recipientTeamIds: ['police'],
      offsetSec: 0,
      phaseId: 'p1',
    });
  });

  it('never places a new inject past the longest exercise', () => {
    const content = sample();
    content.injects[0]!.offsetSec = MAX_OFFSET_SEC;
    expect(newInject(content, 'x').offsetSec).toBe(MAX_OFFSET_SEC);
  });

  it('duplicates an inject right after it with a new number and fresh action ids', () => {
    const after = duplicateInject(sample(), 'i1', counter('d'));
    expect(after.injects.map((i) => i.id)).toEqual(['i1', 'd1', 'i2', 'i3']);
    const copy = after.injects[1]!;
    expect(copy.number).toBe('11');
    expect(copy.title).toBe('Báo cháy');
    expect(copy.expectedActions.map((a) => a.id)).toEqual(['d2', 'd3']);
    expect(validateExercise(after).filter((i) => i.code.startsWith('duplicate'))).toEqual([]);
    expect(duplicateInject(sample(), 'missing')).toEqual(sample());
  });

  it('a new expected action goes to a recipient that has none yet', () => {
    const content = sample();
    const inject = { ...content.injects[0]!, expectedActions: [content.injects[0]!.expectedActions[0]!] };
    expect(newExpectedAction(content, inject, counter('a')).teamId).toBe('fire');
  });

  it('knows which teams an inject reaches', () => {
    const content = sample();
    expect(reachedTeamIds(content, { audience: 'all', recipientTeamIds: [] })).toEqual(['police', 'fire']);
    expect(reachedTeamIds(content, { audience: 'teams', recipientTeamIds: ['fire', 'ghost'] })).toEqual(['fire']);
  });

  it('switching to selected teams starts from every team', () => {
    const content = sample();
    const all = content.injects[1]!;
    expect(setAudience(content, all, 'teams').recipientTeamIds).toEqual(['police', 'fire']);
    expect(setAudience(content, all, 'all')).toBe(all);
  });
});

describe('timeline', () => {
  it('puts each inject in the lane of everyone it reaches, in time order', () => {
    const content = sample();
    content.injects.push({ ...content.injects[2]!, id: 'i4', number: '11', recipientTeamIds: [] });
    const lanes = timelineLanes(content);
    expect(lanes.map((l) => (l.kind === 'team' ? l.team.id : l.kind))).toEqual(['all', 'police', 'fire', 'none']);
    expect(lanes.map((l) => l.injects.map((i) => i.id))).toEqual([['i2'], ['i1'], ['i1', 'i3'], ['i4']]);
  });

  it('has no "none" lane when every inject reaches someone', () => {
    expect(timelineLanes(sample()).some((l) => l.kind === 'none')).toBe(false);
  });

  it('reaches the planned end, or past it to the last inject, on a whole tick', () => {
    const content = sample();
    expect(timelineEndSec(content)).toBe(3600);
    content.injects[0]!.offsetSec = 3600 + 20 * 60;
    expect(timelineEndSec(content)).toBe(3600 + 30 * 60);
    content.injects[0]!.offsetSec = MAX_OFFSET_SEC;
    expect(timelineEndSec(content)).toBe(MAX_OFFSET_SEC);
  });

  it('snaps to the nearest minute within range', () => {
    expect(snapOffset(89)).toBe(60);
    expect(snapOffset(90)).toBe(120);
    expect(snapOffset(-500)).toBe(0);
    expect(snapOffset(MAX_OFFSET_SEC + 999)).toBe(MAX_OFFSET_SEC);
    expect(snapOffset(400, 300)).toBe(300);
  });

  it('nudges toward the move and lands on the grid', () => {
    expect(nudgeOffset(600, 60)).toBe(660);
    expect(nudgeOffset(600, -300)).toBe(300);
    expect(nudgeOffset(90, 60)).toBe(120);
    expect(nudgeOffset(90, -60)).toBe(60);
    expect(nudgeOffset(30, -60)).toBe(0);
    expect(nudgeOffset(MAX_OFFSET_SEC, 60)).toBe(MAX_OFFSET_SEC);
  });

  it('a nudge always moves an off-grid or on-grid time, and by at most one step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: MAX_OFFSET_SEC - 60 }),
        fc.constantFrom(60, -60, 300, -300),
        (offset, delta) => {
          const moved = nudgeOffset(offset, delta);
          expect(moved % 60).toBe(0);
          expect(Math.sign(moved - offset)).toBe(Math.sign(delta));
          expect(Math.abs(moved - offset)).toBeLessThanOrEqual(Math.abs(delta));
        },
      ),
    );
  });

  it('chooses a tick step that keeps the axis readable', () => {
    expect(tickStepSec(3600)).toBe(300);
    expect(tickStepSec(2 * 3600)).toBe(600);
    expect(tickStepSec(4 * 3600)).toBe(1800);
    expect(tickStepSec(7 * 24 * 3600)).toBe(24 * 3600);
  });
});

describe('shifting injects in time', () => {
  it('moves every inject by the same amount, keeping their spacing, without touching the input', () => {
    const content = sample();
    const { content: shifted, moved, clamped } = shiftInjects(content, 'all', 1800);
    expect(shifted.injects.map((i) => i.offsetSec)).toEqual([2400, 1800, 2400]);
    expect({ moved, clamped }).toEqual({ moved: 3, clamped: 0 });
    expect(content.injects.map((i) => i.offsetSec)).toEqual([600, 0, 600]);
    expect(shifted.injects.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']); // MSEL order kept
  });

  it('moves only the chosen injects', () => {
    const { content: shifted, moved } = shiftInjects(sample(), ['i1', 'i3'], -300);
    expect(shifted.injects.map((i) => i.offsetSec)).toEqual([300, 0, 300]);
    expect(moved).toBe(2);
  });

  it('stops at T+00:00 and at the longest exercise, and counts the injects that stopped', () => {
    const early = shiftInjects(sample(), 'all', -900);
    expect(early.content.injects.map((i) => i.offsetSec)).toEqual([0, 0, 0]);
    expect(early).toMatchObject({ moved: 2, clamped: 3 });
    const late = shiftInjects(sample(), ['i1'], MAX_OFFSET_SEC);
    expect(late.content.injects[0]?.offsetSec).toBe(MAX_OFFSET_SEC);
    expect(late.clamped).toBe(1);
    expect(validateExercise(late.content).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('returns the same content when nothing moves', () => {
    const content = sample();
    expect(shiftInjects(content, [], 600).content).toBe(content);
    expect(shiftInjects(content, ['i2'], -60).content).toBe(content);
  });

  it.each([
    ['+00:30', 1800],
    ['-15', -900],
    ['-1:00', -3600],
    ['30', 1800],
    ['+1h30', 5400],
    ['−0:05', -300], // a typographic minus
  ])('reads the shift %s', (text, seconds) => {
    expect(parseShift(text)).toBe(seconds);
  });

  it.each(['', '+', 'soon', '1:75'])('refuses the shift %s', (text) => {
    expect(parseShift(text)).toBeNull();
  });
});
