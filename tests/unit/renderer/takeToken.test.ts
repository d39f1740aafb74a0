import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeToken } from '../../../renderer/api/connect';

/** Just enough of a browser tab for takeToken: its address, history and session storage. */
function tab(href: string) {
  const url = new URL(href);
  const stored = new Map<string, string>();
  vi.stubGlobal('window', { location: url });
  vi.stubGlobal('history', {
    replaceState: (_state: unknown, _title: string, next: string) => {
      const moved = new URL(next, url);
      url.search = moved.search;
      url.hash = moved.hash;
    },
  });
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
  });
  return url;
}

describe("the staff key in the host's link", () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('is taken from the query, and out of the address, keeping the screen named after #', () => {
    const url = tab('http://127.0.0.1:7420/?token=abc-123#/exercises/x');
    expect(takeToken()).toBe('abc-123');
    expect(url.href).toBe('http://127.0.0.1:7420/#/exercises/x');
    // Kept for this tab: a reload, whose address has no key, still has it.
    expect(takeToken()).toBe('abc-123');
  });

  it('keeps the rest of the query', () => {
    const url = tab('http://127.0.0.1:7420/?lang=vi&token=abc');
    expect(takeToken()).toBe('abc');
    expect(url.href).toBe('http://127.0.0.1:7420/?lang=vi');
  });

  it('is still taken from the fragment of an older link, and the fragment goes', () => {
    const url = tab('http://127.0.0.1:7420/#token=old-key');
    expect(takeToken()).toBe('old-key');
    expect(url.href).toBe('http://127.0.0.1:7420/');
  });

  it('is none on a page opened without it', () => {
    tab('http://127.0.0.1:7420/');
    expect(takeToken()).toBeNull();
  });
});
