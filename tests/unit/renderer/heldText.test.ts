// Text a field holds before it reaches the draft: who is told, and what a flush commits.
import { describe, expect, it } from 'vitest';
import { HeldText } from '../../../renderer/screens/editor/heldText';

describe('held text', () => {
  it('tells its listeners only when the first field starts holding and the last one stops', () => {
    const held = new HeldText();
    const seen: boolean[] = [];
    held.subscribe(() => seen.push(held.isHolding()));
    held.hold('title', () => {});
    held.hold('title', () => {}); // the next key in the same field
    held.hold('notes', () => {});
    held.release('title');
    expect(seen).toEqual([true]);
    held.release('notes');
    held.release('notes'); // released twice: no second notice
    expect(seen).toEqual([true, false]);
    expect(held.size).toBe(0);
  });

  it('commits every held field in the order they started holding, each once', () => {
    const held = new HeldText();
    const committed: string[] = [];
    held.hold('title', () => {
      committed.push('title');
      held.release('title');
    });
    held.hold('sender', () => committed.push('sender')); // forgets to release
    held.hold('title', () => {
      committed.push('title, latest');
      held.release('title');
    });
    held.commitAll();
    expect(committed).toEqual(['title, latest', 'sender']);
    expect(held.isHolding()).toBe(false);
    held.commitAll();
    expect(committed).toHaveLength(2);
  });
});
