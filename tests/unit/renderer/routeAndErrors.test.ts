import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { describeError, fieldError } from '../../../renderer/errors';
import { isForbidden } from '../../../renderer/api/useWhenForbidden';
import { isGuestRoute, leavesScreen, parseRoute, routeHref } from '../../../renderer/router';

describe('screens in the URL fragment', () => {
  const id = '0b9d3c1e-6a7f-4c2b-9e51-2f4a8d6c7b10';
  it('reads the editor route and falls back to the library', () => {
    expect(parseRoute(`#/exercises/${id}`)).toEqual({ name: 'editor', id });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/exercises/not-an-id')).toEqual({ name: 'library' });
    expect(parseRoute('#token=abc')).toEqual({ name: 'library' });
  });
  it('round-trips', () => {
    expect(parseRoute(routeHref({ name: 'editor', id }))).toEqual({ name: 'editor', id });
    expect(parseRoute(routeHref({ name: 'library' }))).toEqual({ name: 'library' });
    expect(parseRoute(routeHref({ name: 'session', id }))).toEqual({ name: 'session', id });
  });
  it('reads the console route of a session', () => {
    expect(parseRoute(`#/sessions/${id}`)).toEqual({ name: 'session', id });
    expect(parseRoute('#/sessions/nope')).toEqual({ name: 'library' });
  });
  it('reads the guest pages: join (with the code from the QR link) and the projector', () => {
    expect(parseRoute('#/join')).toEqual({ name: 'join', code: null });
    expect(parseRoute('#/join?code=AB12CD')).toEqual({ name: 'join', code: 'AB12CD' });
    expect(parseRoute('#/projector?secret=s3')).toEqual({ name: 'projector' });
    expect(parseRoute(routeHref({ name: 'join', code: 'A B' }))).toEqual({ name: 'join', code: 'A B' });
    expect(isGuestRoute(parseRoute('#/join'))).toBe(true);
    expect(isGuestRoute(parseRoute('#/projector'))).toBe(true);
    expect(isGuestRoute(parseRoute(`#/sessions/${id}`))).toBe(false);
    expect(parseRoute('#/joinme')).toEqual({ name: 'library' });
  });
  it('has no evaluator page of its own: evaluators stay on the join page', () => {
    expect(parseRoute('#/evaluate?secret=s4')).toEqual({ name: 'library' });
    expect(isGuestRoute(parseRoute('#/evaluate'))).toBe(false);
  });
  it('asks the leave guard only when the screen changes', () => {
    const editor = parseRoute(`#/exercises/${id}`);
    expect(leavesScreen(editor, parseRoute('#/'))).toBe(true);
    expect(leavesScreen(editor, parseRoute(`#/exercises/${id.replace('0b', '1b')}`))).toBe(true);
    expect(leavesScreen(editor, parseRoute(`#/exercises/${id}`))).toBe(false);
    expect(leavesScreen(parseRoute('#/'), parseRoute('#token=abc'))).toBe(false);
  });
});

describe('errors as the user reads them', () => {
  it('tells a refusal (lost rights) from any other error', () => {
    expect(isForbidden(new ApiError({ code: 'forbidden', messageKey: 'session.errors.removed', details: {} }))).toBe(
      true,
    );
    expect(isForbidden(new ApiError({ code: 'not_found', messageKey: 'errors.notFound', details: {} }))).toBe(false);
    expect(isForbidden(new Error('forbidden'))).toBe(false);
  });

  const invalid = new ApiError({
    code: 'invalid_input',
    messageKey: 'errors.invalid_input',
    details: {
      issues: [
        { path: ['title'], code: 'too_small', message: 'x' },
        { path: ['hazard'], code: 'weird', message: 'y' },
      ],
    },
  });
  it('names the rule a field broke, in catalogue words', () => {
    expect(fieldError(invalid, 'title')).toEqual({ key: 'errors.field.too_small', params: {} });
    expect(fieldError(invalid, 'hazard')).toEqual({ key: 'errors.field.invalid', params: {} });
    expect(fieldError(invalid, 'description')).toBeNull();
  });
  it('shows a service error by its key and details, and anything else as internal', () => {
    const conflict = new ApiError({
      code: 'conflict',
      messageKey: 'errors.staleRevision',
      details: { currentRevision: 4 },
    });
    expect(describeError(conflict)).toEqual({ key: 'errors.staleRevision', params: { currentRevision: 4 } });
    expect(describeError(new Error('boom'))).toEqual({ key: 'errors.internal', params: {} });
  });
});
