import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../shared/model/exercise';
import { reduce } from '../../../shared/session/reducer';
import type { SessionState } from '../../../shared/session/state';
import { projectorViewSchema, staffViewSchema, teamViewSchema } from '../../../shared/session/views';
import {
  mayReceive,
  viewForProjector,
  viewForStaff,
  viewForTeam,
  type Principal,
} from '../../../shared/session/visibility';
import { exerciseWithAttachmentsArb } from '../../support/arbitraries';
import { play, sessionCommandsArb } from './commands';
import { SessionLog } from './fixtures';

/** A marker no generated text can contain by chance, so finding it in JSON means it leaked. */
const token = (what: string) => `⟦${what}⟧`;

/** Every text of the exercise that is secret, or shown only to some, becomes a token naming it. */
function tokenize(exercise: Exercise): Exercise {
  return {
    ...exercise,
    phases: exercise.phases.map((p) => ({
      ...p,
      discussionQuestions: p.discussionQuestions.map((_, k) => token(`phase-q:${p.id}:${k}`)),
    })),
    injects: exercise.injects.map((i) => ({
      ...i,
      title: token(`title:${i.id}`),
      body: token(`body:${i.id}`),
      sender: token(`sender:${i.id}`),
      decisionOptions: i.decisionOptions.map((_, k) => token(`option:${i.id}:${k}`)),
      controllerNotes: token(`notes:${i.id}`),
      expectedActions: i.expectedActions.map((a) => ({ ...a, description: token(`action:${a.id}`) })),
      discussionQuestions: i.discussionQuestions.map((_, k) => token(`q:${i.id}:${k}`)),
    })),
  };
}

const sessionArb = exerciseWithAttachmentsArb
  .map(({ exercise }) => tokenize(exercise))
  .filter((e) => e.teams.length > 0)
  .chain((exercise) =>
    fc.record({
      exercise: fc.constant(exercise),
      teamIds: fc.subarray(
        exercise.teams.map((t) => t.id),
        { minLength: 1 },
      ),
      commands: sessionCommandsArb,
    }),
  )
  .map(({ exercise, teamIds, commands }) => {
    const log = new SessionLog(exercise, teamIds);
    for (const c of commands) play(log, c, token);
    return log;
  });

/** What each inject's texts are, and who may see each. */
function expectations(state: SessionState) {
  const always: string[] = []; // never shown to any player or the room
  const perInject = Object.values(state.injects).map((si) => {
    const { inject } = si;
    always.push(inject.controllerNotes, ...inject.expectedActions.map((a) => a.description));
    const raised = (k: number) =>
      state.raisedQuestions.some((q) => q.source.kind === 'inject' && q.source.injectId === inject.id && q.index === k);
    return {
      si,
      content: [inject.title, inject.body, ...(inject.sender ? [inject.sender] : []), ...inject.decisionOptions],
      raisedQuestions: inject.discussionQuestions.filter((_, k) => raised(k)),
      unraisedQuestions: inject.discussionQuestions.filter((_, k) => !raised(k)),
    };
  });
  always.push(...state.observations.map((o) => o.text));
  const phaseQuestions = state.exercise.phases.flatMap((p) =>
    p.discussionQuestions.map((text, k) => ({
      text,
      raised: state.raisedQuestions.some(
        (q) => q.source.kind === 'phase' && q.source.phaseId === p.id && q.index === k,
      ),
    })),
  );
  return { always, perInject, phaseQuestions };
}

const ALL_TOKENS = /⟦/;

describe('who sees what (random exercises and sessions)', () => {
  it('a team sees its released injects and raised questions, and never a secret, another team’s inject or an unreleased one', () => {
    fc.assert(
      fc.property(sessionArb, (log) => {
        const { state } = log;
        const { always, perInject, phaseQuestions } = expectations(state);
        for (const team of state.teams) {
          const view = viewForTeam(state, team.id, log.mono);
          expect(teamViewSchema.parse(view)).toEqual(view); // strict: no field outside the allow-list
          const json = JSON.stringify(view);
          for (const secret of always) expect(json).not.toContain(secret);
          for (const { si, content, raisedQuestions, unraisedQuestions } of perInject) {
            const mine = si.status === 'released' && si.recipientTeamIds.includes(team.id);
            for (const text of content) expect(json.includes(text), `${text} for ${team.id}`).toBe(mine);
            for (const text of raisedQuestions) expect(json.includes(text)).toBe(mine);
            for (const text of unraisedQuestions) expect(json).not.toContain(text);
          }
          for (const q of phaseQuestions) expect(json.includes(q.text)).toBe(q.raised);
        }
      }),
    );
  });

  it('the projector shows only injects for everyone, and nothing secret', () => {
    fc.assert(
      fc.property(sessionArb, (log) => {
        const { state } = log;
        const { always, perInject, phaseQuestions } = expectations(state);
        const view = viewForProjector(state, log.mono);
        expect(projectorViewSchema.parse(view)).toEqual(view);
        const json = JSON.stringify(view);
        for (const secret of always) expect(json).not.toContain(secret);
        for (const { si, content, raisedQuestions, unraisedQuestions } of perInject) {
          const shown = si.status === 'released' && si.inject.audience === 'all';
          for (const text of content) expect(json.includes(text)).toBe(shown);
          for (const text of raisedQuestions) expect(json.includes(text)).toBe(shown);
          for (const text of unraisedQuestions) expect(json).not.toContain(text);
        }
        for (const q of phaseQuestions) expect(json.includes(q.text)).toBe(q.raised);
      }),
    );
  });

  it('events sent to a participant, a waiting person or the projector carry no exercise text at all', () => {
    fc.assert(
      fc.property(sessionArb, (log) => {
        const principals: Principal[] = [
          { kind: 'projector' },
          { kind: 'waiting', id: 'person-2' },
          ...log.state.teams.map((t, i) => ({ kind: 'participant' as const, id: `person-${i}`, teamId: t.id })),
        ];
        let state: SessionState | undefined;
        for (const event of log.events) {
          state = reduce(state, event);
          for (const p of principals) {
            if (mayReceive(p, event, state)) expect(JSON.stringify(event)).not.toMatch(ALL_TOKENS);
          }
        }
      }),
    );
  });

  it('a controller who joined receives every event of the session, as staff do', () => {
    fc.assert(
      fc.property(sessionArb, (log) => {
        const controller: Principal = { kind: 'controller', id: 'c1' };
        const staff: Principal = { kind: 'staff', id: 'fac' };
        let state: SessionState | undefined;
        for (const event of log.events) {
          state = reduce(state, event);
          expect(mayReceive(controller, event, state)).toBe(true);
          expect(mayReceive(controller, event, state)).toBe(mayReceive(staff, event, state));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the control cell sees everything, notes and expected actions included', () => {
    fc.assert(
      fc.property(sessionArb, (log) => {
        const view = viewForStaff(log.state, log.mono);
        expect(() => staffViewSchema.parse(view)).not.toThrow();
        const json = JSON.stringify(view);
        for (const secret of expectations(log.state).always) expect(json).toContain(secret);
      }),
      { numRuns: 30 },
    );
  });
});
