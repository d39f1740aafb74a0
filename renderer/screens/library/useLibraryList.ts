// The page of the list the library screen shows: the user's search and filters go to
// the host as they are (search folding, filtering, counting and paging live there),
// debounced while typing, and the page refreshes whenever the library changes anywhere.
import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import type { LibraryFilters } from './filters';
import { takeFirstPage } from './firstPage';
import { pageQuery } from './paging';

export function useLibraryList(filters: LibraryFilters, page: number) {
  const api = useApi();
  // The first page may have been asked for as the page started (firstPage.ts); if its
  // answer is here already, the first render shows it.
  const [prefetched] = useState(() => takeFirstPage(filters, page));
  const prefetchUnused = useRef(prefetched !== null);
  const [result, setResult] = useState<MethodOutput<'library.list'> | null>(prefetched?.value ?? null);
  const [error, setError] = useState<unknown>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    // Followed from the counter the first page was listed at: a change since is sent at once.
    const unsubscribe = api.subscribe('library', prefetched?.librarySeq ?? 0);
    const stopListening = api.on('library.changed', () => setVersion((v) => v + 1));
    return () => {
      stopListening();
      unsubscribe();
    };
  }, [api, prefetched]);

  useEffect(() => {
    let current = true;
    const show = (request: Promise<MethodOutput<'library.list'>>) =>
      request.then(
        (r) => {
          if (!current) return;
          setResult(r);
          setError(null);
        },
        (e: unknown) => current && setError(e),
      );
    const fromPrefetch = prefetchUnused.current ? prefetched : null;
    prefetchUnused.current = false;
    if (fromPrefetch && !fromPrefetch.value) void show(fromPrefetch.result);
    const timer = fromPrefetch
      ? undefined
      : setTimeout(
          () => void show(api.call('library.list', { ...filters, ...pageQuery(page) })),
          filters.query ? 200 : 0,
        );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, filters, page, version, prefetched]);

  // Tags follow the library, not the page or the search. Counting them goes over every
  // exercise's tags (~60 ms of the host's time with 10,000 exercises) and only the tag
  // filter needs them: asked for once the first cards are on screen, so neither the host
  // nor the page spends that time before.
  const listed = result !== null;
  useEffect(() => {
    if (!listed) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // The frame the cards are painted in has begun: ask right after it.
      timer = setTimeout(() =>
        api.call('library.tags', {}).then(
          (r) => current && setTags(r.tags.map((t) => t.tag)),
          (e: unknown) => current && setError(e),
        ),
      );
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [api, version, listed]);

  return { result, error, tags, inPage: prefetched?.inPage ?? false };
}
