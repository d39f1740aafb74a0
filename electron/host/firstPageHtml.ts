// A staff link's page with the library's first page already in it (shared/api/firstPage.ts):
// the host lists the page as the staff would over the socket, has the renderer's module
// (dist/host/prerender.cjs) make its markup, and puts both into index.html. What the page
// then asks for over the socket it has already shown; changes since are sent to it, since
// it follows the library from the change counter written here.
import type { IncomingHttpHeaders } from 'node:http';
import { FIRST_PAGE_ELEMENT_ID, LOCALE_COOKIE } from '../../shared/api/endpoints';
import {
  NOT_FOR_RENDERED_PAGE_ATTRIBUTE,
  type FirstPageData,
  type LibraryPage,
  type LibraryPrerenderer,
} from '../../shared/api/firstPage';
import { DESKTOP_STAFF } from '../../shared/api/principal';
import { isLocale, pickLocale, type Locale } from '../../shared/i18n/locales';
import type { HostCore } from './core';
import type { Logger } from './ports';

/** Accept-Language's tags, most wanted first (q=0, "not this one", left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  const weighted = header.split(',').flatMap((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (!tag || tag === '*' || !(weight > 0)) return [];
    return [{ tag: tag.trim(), weight, index }];
  });
  return weighted.sort((a, b) => b.weight - a.weight || a.index - b.index).map((w) => w.tag);
}

/** A cookie's value from a Cookie header, as sent (the locale's is plain ASCII), or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** The page's own choice (texts.ts): the language last chosen here, else the browser's. */
export function localeOfRequest(headers: Pick<IncomingHttpHeaders, 'cookie' | 'accept-language'>): Locale {
  const chosen = cookieValue(headers.cookie, LOCALE_COOKIE);
  if (isLocale(chosen)) return chosen;
  return pickLocale(acceptedLanguages(headers['accept-language']));
}

/**
 * index.html with `markup` in its root and `data` first in its head, in `data.locale`,
 * without the links a rendered page goes without, the app's and the fonts'
 * (NOT_FOR_RENDERED_PAGE_ATTRIBUTE). The markup is inert and hidden from assistive
 * technology (and so from tests that find elements by role): its controls do nothing until
 * React's first render replaces it, so nobody, mouse, keyboard or screen reader, meets a
 * button that ignores them. The JSON has every `<` escaped, so no title can end its script
 * element and start markup.
 */
export function withFirstPage(indexHtml: string, markup: string, data: FirstPageData): string {
  const root = '<div id="root"></div>';
  if (!indexHtml.includes(root)) throw new Error('index.html has no empty #root');
  if (!indexHtml.includes('<head>')) throw new Error('index.html has no <head>');
  const json = JSON.stringify(data).replaceAll('<', '\\u003c');
  return (
    indexHtml
      .replace(new RegExp(`\\s*<link\\b[^>]*\\b${NOT_FOR_RENDERED_PAGE_ATTRIBUTE}\\b[^>]*>`, 'g'), '')
      .replace(/<html lang="[^"]*"/, `<html lang="${data.locale}"`)
      // The data first, before any script: boot.ts runs as soon as it is here (async), and
      // may be while the body is still being parsed; it reads the data then.
      .replace('<head>', () => `<head><script type="application/json" id="${FIRST_PAGE_ELEMENT_ID}">${json}</script>`)
      .replace(root, () => `<div id="root"><div inert aria-hidden="true">${markup}</div></div>`)
  );
}

export type FirstPageDeps = {
  core: Pick<HostCore, 'dispatch' | 'librarySeq'>;
  /** The renderer's module (prerenderModule.ts); null when it cannot be loaded. */
  prerenderer(): LibraryPrerenderer | null;
  /** The built index.html. */
  indexHtml(): string;
  logger: Logger;
};

/**
 * Renders a staff link's page; null when it cannot (no prerender module, or the library
 * cannot be listed: the page as built then shows why, over its socket).
 */
export type FirstPageRenderer = (headers: IncomingHttpHeaders) => Promise<string | null>;

export function createFirstPageRenderer(deps: FirstPageDeps): FirstPageRenderer {
  const { core, logger } = deps;
  return async (headers) => {
    const prerenderer = deps.prerenderer();
    if (!prerenderer) return null;
    // The counter before the list: a change in between is then sent to the page, not missed.
    const seq = core.librarySeq();
    const listed = await core.dispatch('library.list', prerenderer.query, {
      principal: DESKTOP_STAFF,
      transport: 'http',
    });
    if (!listed.ok) {
      logger.warn('library first page not rendered', { code: listed.error.code });
      return null;
    }
    const data: FirstPageData = {
      locale: localeOfRequest(headers),
      librarySeq: seq,
      page: listed.value as LibraryPage,
    };
    return withFirstPage(deps.indexHtml(), await prerenderer.render(data), data);
  };
}
