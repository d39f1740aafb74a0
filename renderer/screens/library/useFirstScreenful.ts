// The first list the library screen shows, rendered a screenful first: making, styling and
// laying out 48 cards is most of the work between the first page's answer and its first
// card on screen, and a window shows a dozen or so. The rest are rendered in the task after
// that frame is painted. Only the screen's first list: later ones (a page turn, a search, a
// change elsewhere) are rendered whole, so a list never shrinks under someone scrolling it.
// Nor one the page already shows (the host rendered it into the HTML): `split` false.
import { useEffect, useState } from 'react';
import { cardsOnFirstScreen } from './paging';

export function useFirstScreenful<T>(items: readonly T[] | null, split = true): readonly T[] | null {
  const [whole, setWhole] = useState(!split);
  const listed = items !== null;
  useEffect(() => {
    if (whole || !listed) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // The frame that paints the first cards has begun: the rest right after it.
      timer = setTimeout(() => setWhole(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [whole, listed]);
  if (!items || whole) return items;
  return items.slice(0, cardsOnFirstScreen(window.innerWidth, window.innerHeight));
}
