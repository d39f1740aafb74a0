import { describe, expect, it } from 'vitest';
import { acceptedLanguages, localeOfRequest, withFirstPage } from '../../../electron/host/firstPageHtml';
import { FIRST_PAGE_ELEMENT_ID, LOCALE_COOKIE } from '../../../shared/api/endpoints';
import { NOT_FOR_RENDERED_PAGE_ATTRIBUTE, readFirstPageData, type FirstPageData } from '../../../shared/api/firstPage';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" async crossorigin src="./assets/boot-1.js"></script>
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/boot-1.js">
    <link rel="stylesheet" crossorigin href="./assets/index-1.css">
    <link rel="preload" as="font" type="font/woff2" href="./assets/noto-sans-latin-400-normal-1.woff2" crossorigin="" ${NOT_FOR_RENDERED_PAGE_ATTRIBUTE}>
    <link rel="preload" as="image" href="./assets/logo-1.png">
    <link rel="modulepreload" crossorigin href="./assets/start-1.js" ${NOT_FOR_RENDERED_PAGE_ATTRIBUTE}>
    <link rel="modulepreload" crossorigin href="./assets/files-1.js" ${NOT_FOR_RENDERED_PAGE_ATTRIBUTE}>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const HOSTILE_TITLE = '</script><script>alert(1)</script><!--';

const DATA: FirstPageData = {
  locale: 'vi',
  librarySeq: 42,
  page: {
    items: [
      {
        id: '00000000-0000-4000-8000-000000000001',
        title: HOSTILE_TITLE,
        description: 'a < b & c > d',
        kind: 'tabletop',
        hazard: 'fire_rescue',
        language: 'vi',
        tags: [],
        teamCount: 2,
        injectCount: 5,
        createdAt: '2026-11-01T08:00:00.000Z',
        updatedAt: '2026-11-01T08:00:00.000Z',
        revision: 1,
        archivedAt: null,
      },
    ],
    total: 1,
    damaged: [],
  },
};

/** What a browser's parser would take as the data element's text: up to the first `</script`. */
function dataElementText(html: string): string {
  const open = `<script type="application/json" id="${FIRST_PAGE_ELEMENT_ID}">`;
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf('</script', start));
}

describe("a staff link's page with the library's first page in it", () => {
  it('puts the markup into the root and the data, as it was, first in the head', () => {
    const html = withFirstPage(INDEX, '<main class="library">cards</main>', DATA);
    // Inert until React replaces it: its buttons would do nothing yet.
    expect(html).toContain(
      '<div id="root"><div inert aria-hidden="true"><main class="library">cards</main></div></div>',
    );
    expect(readFirstPageData(dataElementText(html))).toEqual(DATA);
    // Before boot.ts's script, which may run before the parser reaches the body.
    expect(html).toContain(`<head><script type="application/json" id="${FIRST_PAGE_ELEMENT_ID}">`);
    expect(html.indexOf(FIRST_PAGE_ELEMENT_ID)).toBeLessThan(html.indexOf('boot-1.js'));
  });

  it('leaves no title a way to end the data element and start markup of its own', () => {
    const html = withFirstPage(INDEX, '', DATA);
    expect(dataElementText(html)).not.toContain('<');
    expect(html.match(/<script/g)).toHaveLength(3); // boot, main and the data: nothing more
    expect(readFirstPageData(dataElementText(html))?.page.items[0]?.title).toBe(HOSTILE_TITLE);
  });

  it('says the language it is in', () => {
    expect(withFirstPage(INDEX, '', DATA)).toContain('<html lang="vi">');
  });

  it('goes without the links that preload the app and the fonts, and keeps every other', () => {
    const html = withFirstPage(INDEX, '', DATA);
    expect(html).not.toContain(NOT_FOR_RENDERED_PAGE_ATTRIBUTE);
    expect(html).not.toContain('start-1.js');
    expect(html).not.toContain('files-1.js');
    expect(html).not.toContain('.woff2');
    expect(html).toContain('<link rel="preload" as="image" href="./assets/logo-1.png">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="./assets/boot-1.js">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/index-1.css">');
  });

  it('is not made from a page without an empty root', () => {
    expect(() => withFirstPage('<html><body></body></html>', '', DATA)).toThrow(/root/);
  });
});

describe('the language a staff link is rendered in', () => {
  it('is the one chosen in that browser, when it is one Drillbook speaks', () => {
    expect(localeOfRequest({ cookie: `a=1; ${LOCALE_COOKIE}=zh-Hant`, 'accept-language': 'vi' })).toBe('zh-Hant');
    expect(localeOfRequest({ cookie: `${LOCALE_COOKIE}=klingon`, 'accept-language': 'vi-VN,vi;q=0.9' })).toBe('vi');
  });

  it("else the browser's first language that Drillbook speaks, as the page itself picks", () => {
    expect(localeOfRequest({ 'accept-language': 'fr-FR,fr;q=0.9,zh-TW;q=0.8,en;q=0.5' })).toBe('zh-Hant');
    expect(localeOfRequest({ 'accept-language': 'zh-CN,zh;q=0.9' })).toBe('zh-Hans');
    expect(localeOfRequest({})).toBe('en');
  });

  it('reads Accept-Language by weight, leaving out what the browser refuses', () => {
    expect(acceptedLanguages('en;q=0.5, vi, zh-TW;q=0.8, fr;q=0, *;q=0.1')).toEqual(['vi', 'zh-TW', 'en']);
    expect(acceptedLanguages('de, en')).toEqual(['de', 'en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages('')).toEqual([]);
  });
});

describe("the first page's data, read back by the page", () => {
  it('is refused when it is not what a host writes', () => {
    expect(readFirstPageData('null')).toBeNull();
    expect(readFirstPageData('{"locale":"vi","librarySeq":1}')).toBeNull();
    expect(readFirstPageData('{"locale":"vi","librarySeq":"1","page":{"items":[],"total":0,"damaged":[]}}')).toBeNull();
    expect(readFirstPageData('{"locale":"vi","librarySeq":1,"page":{"items":{},"total":0,"damaged":[]}}')).toBeNull();
    expect(() => readFirstPageData('{not json')).toThrow();
  });
});
