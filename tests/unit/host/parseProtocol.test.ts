import { describe, expect, it } from 'vitest';
import { asBuffer, errorOfOutcome, outcomeOfError, transferablesOf } from '../../../electron/host/parsing/protocol';
import { DomainError } from '../../../shared/api/errors';

describe('parse worker protocol', () => {
  it('carries a DomainError across as data and rebuilds it whole', () => {
    const outcome = outcomeOfError(new DomainError('too_large', 'drill.errors.tooLarge', { max: 5, entry: 'a' }));
    const copy = structuredClone(outcome);
    if (copy.ok) throw new Error('expected a failure');
    const error = errorOfOutcome(copy);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'too_large',
      messageKey: 'drill.errors.tooLarge',
      details: { max: 5, entry: 'a' },
    });
  });

  it('keeps any other error a plain Error with its name, message and stack', () => {
    const thrown = new TypeError('boom');
    const copy = structuredClone(outcomeOfError(thrown));
    if (copy.ok) throw new Error('expected a failure');
    const error = errorOfOutcome(copy);
    expect(error).not.toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ name: 'TypeError', message: 'boom', stack: thrown.stack });
    expect(errorOfOutcome(structuredClone(outcomeOfError('a string')) as never).message).toBe('a string');
  });

  it('moves only buffers a view owns whole, once each', () => {
    const whole = new Uint8Array(64);
    const pooled = Buffer.from('small'); // a slice of Node's shared pool
    const half = new Uint8Array(new ArrayBuffer(64), 0, 32);
    expect(transferablesOf([whole, whole, pooled, half])).toEqual([whole.buffer]);
  });

  it('wraps a cloned Uint8Array as a Buffer over the same bytes', () => {
    const view = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
    const buffer = asBuffer(view);
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect([...buffer]).toEqual([2, 3]);
    buffer[0] = 9;
    expect(view[0]).toBe(9);
  });
});
