// The WebSocket frames both ends check (shared/api/wire.ts): what passes,
// what is refused, and the error data a refusal carries.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ApiErrorData } from '../../../shared/api/errors';
import { apiErrorSchema, callFrameSchema, serverFrameSchema } from '../../../shared/api/wire';

describe('callFrameSchema', () => {
  it('reads a call', () => {
    expect(callFrameSchema.parse({ id: 3, method: 'library.list', input: { query: '' } })).toEqual({
      id: 3,
      method: 'library.list',
      input: { query: '' },
    });
  });

  it.each([
    ['a negative id', { id: -1, method: 'app.info', input: {} }],
    ['a fractional id', { id: 1.5, method: 'app.info', input: {} }],
    ['an id past the safe integers', { id: 2 ** 53, method: 'app.info', input: {} }],
    ['a method name of 101 characters', { id: 1, method: 'm'.repeat(101), input: {} }],
    ['no method', { id: 1, input: {} }],
    ['an array', [1, 'app.info', {}]],
  ])('refuses %s', (_, frame) => {
    expect(callFrameSchema.safeParse(frame).success).toBe(false);
  });
});

describe('serverFrameSchema', () => {
  it('reads a reply, giving a refusal without details empty details', () => {
    const parsed = serverFrameSchema.parse({
      type: 'reply',
      id: 7,
      result: { ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden' } },
    });
    expect(parsed).toEqual({
      type: 'reply',
      id: 7,
      result: { ok: false, error: { code: 'forbidden', messageKey: 'errors.forbidden', details: {} } },
    });
  });

  it('reads events with and without a topic and seq', () => {
    const event = { type: 'event', topic: { session: 's1' }, seq: 4, name: 'session.event', payload: { n: 1 } };
    expect(serverFrameSchema.parse(event)).toEqual(event);
    const older = { type: 'event', name: 'library.changed', payload: null };
    expect(serverFrameSchema.parse(older)).toEqual(older);
  });

  it.each([
    ['an unknown frame type', { type: 'push', name: 'x', payload: 1 }],
    ['a reply without a result', { type: 'reply', id: 1 }],
    ['an error with an unknown code', { type: 'protocol_error', error: { code: 'oops', messageKey: 'x' } }],
    ['an event for an unknown topic', { type: 'event', topic: 'everything', name: 'x', payload: 1 }],
    ['a fractional seq', { type: 'event', topic: 'library', seq: 0.5, name: 'x', payload: 1 }],
  ])('refuses %s', (_, frame) => {
    expect(serverFrameSchema.safeParse(frame).success).toBe(false);
  });

  it('reads an error as exactly the ApiErrorData errors.ts declares', () => {
    expectTypeOf<z.output<typeof apiErrorSchema>>().toEqualTypeOf<ApiErrorData>();
  });

  it('keeps error details as sent', () => {
    const error = { code: 'too_large', messageKey: 'errors.tooLarge', details: { limit: 5000 } };
    expect(apiErrorSchema.parse(error)).toEqual(error);
  });
});
