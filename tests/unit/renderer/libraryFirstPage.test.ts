import { describe, expect, it, vi } from 'vitest';
import type { DrillbookApi } from '../../../shared/api/contract';
import { NO_FILTERS } from '../../../renderer/screens/library/filters';
import { offerFirstPage, prefetchFirstPage, takeFirstPage } from '../../../renderer/screens/library/firstPage';
import { pageQuery } from '../../../renderer/screens/library/paging';

const PAGE = { items: [], total: 0, damaged: [] };

function fakeApi(result: Promise<unknown> = Promise.resolve(PAGE)) {
  let changed: (() => void) | null = null;
  const stopped = vi.fn();
  const api = {
    call: vi.fn(() => result),
    on: vi.fn((_name: string, listener: () => void) => {
      changed = listener;
      return stopped;
    }),
    subscribe: vi.fn(),
  } as unknown as DrillbookApi;
  return { api, stopped, change: () => changed?.() };
}

describe("the library's first page, asked for as the page starts", () => {
  it('asks for the unfiltered first page, listening for changes before it asks', async () => {
    const f = fakeApi();
    prefetchFirstPage(f.api);
    expect(f.api.on).toHaveBeenCalledWith('library.changed', expect.any(Function));
    expect(f.api.call).toHaveBeenCalledWith('library.list', { ...NO_FILTERS, ...pageQuery(0) });
    expect(vi.mocked(f.api.on).mock.invocationCallOrder[0]).toBeLessThan(
      vi.mocked(f.api.call).mock.invocationCallOrder[0]!,
    );
    await expect(takeFirstPage(NO_FILTERS, 0)!.result).resolves.toBe(PAGE);
    expect(f.stopped).toHaveBeenCalled();
  });

  it('gives the answer itself when it has come, so the screen renders it at once', async () => {
    let answer: (page: typeof PAGE) => void = () => {};
    prefetchFirstPage(fakeApi(new Promise((resolve) => (answer = resolve))).api);
    answer(PAGE);
    await Promise.resolve(); // the answer's callbacks run
    expect(takeFirstPage(NO_FILTERS, 0)?.value).toBe(PAGE);
  });

  it('gives only the promise while the answer is still on its way', () => {
    prefetchFirstPage(fakeApi(new Promise(() => {})).api);
    const taken = takeFirstPage(NO_FILTERS, 0);
    expect(taken?.value).toBeNull();
    expect(taken?.result).toBeInstanceOf(Promise);
  });

  it('is given out once only', () => {
    prefetchFirstPage(fakeApi().api);
    expect(takeFirstPage(NO_FILTERS, 0)).not.toBeNull();
    expect(takeFirstPage(NO_FILTERS, 0)).toBeNull();
  });

  it('is not given for another page or other filters (and is then dropped)', () => {
    prefetchFirstPage(fakeApi().api);
    expect(takeFirstPage(NO_FILTERS, 1)).toBeNull();
    expect(takeFirstPage(NO_FILTERS, 0)).toBeNull();
    prefetchFirstPage(fakeApi().api);
    expect(takeFirstPage({ ...NO_FILTERS, query: 'fire' }, 0)).toBeNull();
  });

  it('is stale once the library changed before the screen took it', () => {
    const f = fakeApi();
    prefetchFirstPage(f.api);
    f.change();
    expect(takeFirstPage(NO_FILTERS, 0)).toBeNull();
    expect(f.stopped).toHaveBeenCalled();
  });

  it('leaves no unhandled rejection behind when a failed answer is dropped', async () => {
    const failed = Promise.reject(new Error('host gone'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      prefetchFirstPage(fakeApi(failed).api);
      expect(takeFirstPage(NO_FILTERS, 3)).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('the first page as the host rendered it into the page', () => {
  it('is given with its value and the change counter it was listed at, marked as shown already', () => {
    offerFirstPage(PAGE, 17);
    expect(takeFirstPage(NO_FILTERS, 0)).toEqual({
      result: expect.any(Promise),
      value: PAGE,
      librarySeq: 17,
      inPage: true,
    });
    expect(takeFirstPage(NO_FILTERS, 0)).toBeNull();
  });

  it('replaces a page asked for over the socket, which then stops listening', () => {
    const f = fakeApi();
    prefetchFirstPage(f.api);
    offerFirstPage(PAGE, 3);
    expect(f.stopped).toHaveBeenCalled();
    expect(takeFirstPage(NO_FILTERS, 0)?.inPage).toBe(true);
  });

  it('asked for over the socket, has no known counter and is not shown already', () => {
    prefetchFirstPage(fakeApi().api);
    expect(takeFirstPage(NO_FILTERS, 0)).toMatchObject({ librarySeq: 0, inPage: false });
  });
});
