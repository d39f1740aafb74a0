import { describe, expect, it } from 'vitest';
import type { LibraryPage } from '../../../shared/api/firstPage';
import { LOCALES } from '../../../shared/i18n/locales';
import { loadCatalogue } from '../../../shared/i18n/catalogues/load';
import { prerenderer } from '../../../renderer/prerender';
import { takeFirstPage } from '../../../renderer/screens/library/firstPage';
import { NO_FILTERS } from '../../../renderer/screens/library/filters';
import { LIBRARY_PAGE_SIZE, pageQuery, PRERENDERED_CARDS } from '../../../renderer/screens/library/paging';

function summary(n: number) {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title: `Diễn tập số ${n} <b>&</b>`,
    description: n % 2 ? 'Cháy nhà cao tầng' : '',
    kind: 'tabletop' as const,
    hazard: 'fire_rescue' as const,
    language: 'vi' as const,
    tags: n === 1 ? ['PCCC'] : [],
    teamCount: n,
    injectCount: 2 * n,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-02T09:30:00.000Z',
    revision: 1,
    archivedAt: null,
  };
}

const PAGE: LibraryPage = {
  items: Array.from({ length: LIBRARY_PAGE_SIZE }, (_, i) => summary(i + 1)),
  total: 2_500,
  damaged: [],
};

const cardsOf = (html: string) => html.match(/<li class="exercise-card">/g)?.length ?? 0;

describe("the library's first page rendered for the host", () => {
  it('asks the host for what the screen asks first: the first page, no search or filter', () => {
    expect(prerenderer.query).toEqual({ ...NO_FILTERS, ...pageQuery(0) });
  });

  it('renders a large window’s first screen of cards, with the header, the count and the pager', async () => {
    const html = await prerenderer.render({ locale: 'en', librarySeq: 7, page: PAGE });
    expect(PRERENDERED_CARDS).toBe(24);
    expect(cardsOf(html)).toBe(PRERENDERED_CARDS);
    // The page's count and range are the whole page's.
    expect(html).toContain('showing 1–48');
    expect(html).toContain('class="app-header"');
    expect(html).toContain('2,500');
    expect(html).toContain('Fire and rescue');
    expect(html).toContain('href="#/exercises/00000000-0000-4000-8000-000000000024"');
    expect(html).not.toContain('href="#/exercises/00000000-0000-4000-8000-000000000025"');
    // Titles are text, never markup.
    expect(html).toContain('Diễn tập số 1 &lt;b&gt;&amp;&lt;/b&gt;');
    expect(html).not.toContain('<b>&');
    // Not yet connected: the page says so until its socket opens.
    expect(html).toContain('class="connection"');
  });

  it('renders in each language, with that language’s words', async () => {
    for (const locale of LOCALES) {
      const texts = await loadCatalogue(locale);
      const html = await prerenderer.render({ locale, librarySeq: 1, page: PAGE });
      expect(cardsOf(html), locale).toBe(PRERENDERED_CARDS);
      expect(html, locale).toContain(`>${(texts.library as Record<string, string>).title}<`);
    }
  });

  it('leaves nothing offered behind for a later render', async () => {
    await prerenderer.render({ locale: 'en', librarySeq: 1, page: PAGE });
    expect(takeFirstPage(NO_FILTERS, 0)).toBeNull();
  });
});
