import { describe, expect, it } from 'vitest';
import {
  discard,
  enqueue,
  itemKey,
  loadOutbox,
  nextToSend,
  outboxStorageKey,
  saveOutbox,
  settle,
  withIds,
} from '../../../../renderer/guest/outbox';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

const now = new Date('2026-05-01T08:00:00.000Z');
let n = 0;
const newId = () => `id-${++n}`;

describe('the offline queue', () => {
  it('gives messages and responses their own id once, and keeps an id already given', () => {
    const message = withIds({ type: 'message', text: 'Hi' }, newId);
    const response = withIds({ type: 'respond', injectId: 'a', text: '', decision: 0 }, newId);
    expect(message).toMatchObject({ type: 'message', messageId: expect.stringMatching(/^id-/) });
    expect(response).toMatchObject({ type: 'respond', responseId: expect.stringMatching(/^id-/) });
    expect(withIds({ type: 'message', text: 'Hi', messageId: 'keep' }, newId)).toMatchObject({ messageId: 'keep' });
    expect(withIds({ type: 'acknowledge', injectId: 'a' }, newId)).toEqual({ type: 'acknowledge', injectId: 'a' });
  });

  it('queues the same action once, and two messages with the same text twice', () => {
    let items = enqueue([], { type: 'acknowledge', injectId: 'a' }, now);
    items = enqueue(items, { type: 'acknowledge', injectId: 'a' }, now);
    items = enqueue(items, withIds({ type: 'message', text: 'Same' }, newId), now);
    items = enqueue(items, withIds({ type: 'message', text: 'Same' }, newId), now);
    expect(items.map((i) => i.command.type)).toEqual(['acknowledge', 'message', 'message']);
    expect(new Set(items.map((i) => i.key)).size).toBe(3);
  });

  it('sends in order; an accepted item leaves, a lost connection keeps it, a refusal keeps it aside', () => {
    let items = enqueue([], { type: 'seen', injectId: 'a' }, now);
    items = enqueue(items, withIds({ type: 'message', text: 'One' }, newId), now);
    items = enqueue(items, withIds({ type: 'message', text: 'Two' }, newId), now);
    const first = nextToSend(items)!;
    expect(first.key).toBe('seen:a');

    items = settle(items, first.key, { kind: 'unavailable' });
    expect(nextToSend(items)?.key).toBe('seen:a');
    items = settle(items, first.key, { kind: 'accepted' });
    const one = nextToSend(items)!;
    expect(one.command).toMatchObject({ text: 'One' });

    items = settle(items, one.key, { kind: 'refused', messageKey: 'session.errors.finished', details: {} });
    // Refused: kept (nothing the user typed is lost), shown with its reason, never resent.
    expect(items.find((i) => i.key === one.key)?.refused).toEqual({
      messageKey: 'session.errors.finished',
      details: {},
    });
    expect(nextToSend(items)?.command).toMatchObject({ text: 'Two' });
    items = discard(items, one.key);
    expect(items.map((i) => i.command)).toEqual([expect.objectContaining({ text: 'Two' })]);
  });

  it('is kept per session and team, and survives a reload', () => {
    const storage = memoryStorage();
    const key = outboxStorageKey('s1', 'A');
    expect(key).not.toBe(outboxStorageKey('s1', 'B'));
    const items = enqueue([], withIds({ type: 'respond', injectId: 'a', text: 'Go', decision: null }, newId), now);
    saveOutbox(storage, key, items);
    expect(loadOutbox(storage, key)).toEqual(items);
    expect(loadOutbox(storage, outboxStorageKey('s1', 'B'))).toEqual([]);
    saveOutbox(storage, key, []);
    expect(storage.getItem(key)).toBeNull();
  });

  it('moves a damaged queue aside instead of throwing it away', () => {
    const storage = memoryStorage();
    storage.setItem('q', '[{"broken');
    expect(loadOutbox(storage, 'q')).toEqual([]);
    expect(storage.getItem('q.damaged')).toBe('[{"broken');
    storage.setItem('q', JSON.stringify([{ nonsense: true }, ...enqueue([], { type: 'seen', injectId: 'x' }, now)]));
    expect(loadOutbox(storage, 'q').map((i) => i.key)).toEqual(['seen:x']);
  });

  it('names every kind of item by what makes it the same', () => {
    expect(itemKey({ type: 'seen', injectId: 'a' })).toBe('seen:a');
    expect(itemKey({ type: 'respond', injectId: 'a', text: '', decision: null, responseId: 'r' })).toBe('respond:r');
    expect(itemKey({ type: 'message', text: 'x', messageId: 'm' })).toBe('message:m');
  });
});
