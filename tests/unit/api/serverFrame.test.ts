// The page's hand-written frame check (shared/api/serverFrame.ts) against the schema that
// defines frames (shared/api/wire.ts): for any value, both accept or both refuse, and an
// accepted frame reads the same, unknown fields dropped and missing details filled in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/api/errors';
import { readServerFrame } from '../../../shared/api/serverFrame';
import { serverFrameSchema } from '../../../shared/api/wire';

function sameAsSchema(value: unknown) {
  const bySchema = serverFrameSchema.safeParse(value);
  const byHand = readServerFrame(value);
  expect(byHand !== null, JSON.stringify(value)).toBe(bySchema.success);
  if (bySchema.success) expect(byHand).toStrictEqual(bySchema.data);
}

/** Values that are often a field's right type, and often nearly. */
const almost = {
  int: fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 53), fc.string(), fc.constant(undefined)),
  text: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined)),
  code: fc.oneof(fc.constantFrom(...ERROR_CODES), fc.string(), fc.constant(undefined)),
  details: fc.oneof(
    fc.dictionary(fc.string(), fc.jsonValue()),
    fc.constant(undefined),
    fc.array(fc.integer()),
    fc.string(),
  ),
  extra: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }),
};
const error = fc.record({ code: almost.code, messageKey: almost.text, details: almost.details }, { requiredKeys: [] });
const envelope = fc.oneof(
  fc.record(
    { ok: fc.constantFrom(true, false, 'true', undefined), value: fc.jsonValue(), error },
    { requiredKeys: [] },
  ),
  fc.constant(null),
);
const topic = fc.oneof(
  fc.constantFrom('library', 'lan', 'session', undefined, null),
  fc.record({ session: almost.text }, { requiredKeys: [] }),
  fc.tuple(fc.string()),
);
const frame = fc.oneof(
  fc.record({ type: fc.constant('reply'), id: almost.int, result: envelope }, { requiredKeys: ['type'] }),
  fc.record(
    { type: fc.constant('event'), topic, seq: almost.int, name: almost.text, payload: fc.jsonValue() },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('protocol_error'), error }, { requiredKeys: ['type'] }),
  fc.record({ type: almost.text, id: almost.int }, { requiredKeys: [] }),
);
const withExtraFields = fc.tuple(frame, almost.extra).map(([f, extra]) => ({ ...extra, ...f }));

describe('readServerFrame', () => {
  it('accepts and reads what serverFrameSchema does, for frames right and nearly right', () => {
    fc.assert(fc.property(fc.oneof(frame, withExtraFields), sameAsSchema), { numRuns: 3000 });
  });

  it('refuses what serverFrameSchema refuses, for any value', () => {
    fc.assert(fc.property(fc.anything(), sameAsSchema), { numRuns: 1000 });
  });

  it('reads a reply, an event and a protocol error as the host sends them', () => {
    const reply = { type: 'reply', id: 4, result: { ok: true, value: { items: [] } } };
    expect(readServerFrame(reply)).toStrictEqual(reply);
    const event = { type: 'event', topic: { session: 's' }, seq: 9, name: 'session.event', payload: 1 };
    expect(readServerFrame(event)).toStrictEqual(event);
    expect(
      readServerFrame({ type: 'protocol_error', error: { code: 'invalid_input', messageKey: 'errors.invalidFrame' } }),
    ).toStrictEqual({
      type: 'protocol_error',
      error: { code: 'invalid_input', messageKey: 'errors.invalidFrame', details: {} },
    });
  });

  it.each([
    ['a reply whose id is not a whole number', { type: 'reply', id: 1.5, result: { ok: true, value: 1 } }],
    ['an error with a code the protocol lacks', { type: 'protocol_error', error: { code: 'boom', messageKey: 'x' } }],
    ['an event of an unknown topic', { type: 'event', topic: 'all', name: 'x', payload: 1 }],
    ['a frame of an unknown type', { type: 'hello' }],
  ])('refuses %s', (_, value) => {
    expect(readServerFrame(value)).toBeNull();
  });
});
