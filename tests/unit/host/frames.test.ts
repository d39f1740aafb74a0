import { describe, expect, it } from 'vitest';
import { encodeFrame, encodeReply } from '../../../electron/host/frames';

const MIB = 1024 * 1024;

describe('encodeFrame', () => {
  it('writes a frame as JSON and counts its bytes (UTF-8, not characters)', () => {
    const encoded = encodeFrame({ type: 'event', name: 'library.changed', payload: { id: 'Đội 1' } }, MIB);
    expect(encoded).toEqual({
      ok: true,
      text: '{"type":"event","name":"library.changed","payload":{"id":"Đội 1"}}',
      bytes: Buffer.byteLength('{"type":"event","name":"library.changed","payload":{"id":"Đội 1"}}'),
    });
  });

  it('refuses a frame past the byte limit as too_large, naming the limit', () => {
    const encoded = encodeFrame({ type: 'reply', id: 1, result: { ok: true, value: 'x'.repeat(2 * MIB) } }, MIB);
    expect(encoded).toMatchObject({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.replyTooLarge', details: { maxMiB: 1 } },
    });
  });

  it("turns JSON's RangeError (a text longer than any string) into too_large", () => {
    const tooLong = {
      toJSON() {
        throw new RangeError('Invalid string length');
      },
    };
    expect(encodeFrame({ type: 'reply', id: 1, result: { ok: true, value: tooLong } }, MIB)).toMatchObject({
      ok: false,
      error: { code: 'too_large', messageKey: 'errors.replyTooLarge' },
      cause: 'RangeError: Invalid string length',
    });
  });

  it('turns a value JSON cannot write (a BigInt, a cycle) into internal', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [10n, cycle]) {
      expect(encodeFrame({ type: 'reply', id: 1, result: { ok: true, value } }, MIB)).toMatchObject({
        ok: false,
        error: { code: 'internal', messageKey: 'errors.internal' },
      });
    }
  });
});

describe('encodeReply', () => {
  it('sends the result when it can', () => {
    const reply = encodeReply(4, { ok: true, value: [1, 2] }, MIB);
    expect(JSON.parse(reply.text)).toEqual({ type: 'reply', id: 4, result: { ok: true, value: [1, 2] } });
    expect(reply.failure).toBeNull();
  });

  it('answers the same call with an error envelope when the result cannot be sent', () => {
    const reply = encodeReply(5, { ok: true, value: 'é'.repeat(MIB) }, MIB);
    expect(JSON.parse(reply.text)).toEqual({
      type: 'reply',
      id: 5,
      result: { ok: false, error: { code: 'too_large', messageKey: 'errors.replyTooLarge', details: { maxMiB: 1 } } },
    });
    expect(reply.failure).toMatch(/bytes/);
    expect(reply.bytes).toBe(Buffer.byteLength(reply.text));
  });
});
