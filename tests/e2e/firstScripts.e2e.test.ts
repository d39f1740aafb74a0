// What a page downloads and runs before its first screen, read from the build itself
// (dist/renderer): the scripts index.html names and every chunk they import statically,
// each chunk's sources taken from its source map. The library's first card waits for all
// of them, so what must stay out of them is checked here, where a change of imports that
// pulled it back in would show.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_FOR_RENDERED_PAGE_ATTRIBUTE } from '../../shared/api/firstPage';

const RENDERER = path.resolve(__dirname, '../../dist/renderer');
const html = fs.readFileSync(path.join(RENDERER, 'index.html'), 'utf8');

const linkTags = () => [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]);

/** The chunk and every chunk it imports statically (not `import()`, which loads on demand). */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(RENDERER, file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)) {
      visit(path.posix.join(path.posix.dirname(file), imported!));
    }
  };
  visit(entry);
  return [...seen];
}

function sourcesOf(files: string[]): string[] {
  return files.flatMap((file) => {
    const map = JSON.parse(fs.readFileSync(path.join(RENDERER, `${file}.map`), 'utf8')) as { sources: string[] };
    return map.sources;
  });
}

const packagesOf = (sources: string[]) =>
  new Set(sources.flatMap((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1] ?? []));

function scriptOf(attributes: RegExp): string {
  const tag = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).find((t) => attributes.test(t));
  const src = tag && /src="\.\/([^"]+)"/.exec(tag)?.[1];
  if (!src) throw new Error(`index.html has no script matching ${attributes}`);
  return src;
}

/** The app's chunk (start.tsx): the first of the links that download it with the page. */
function appChunk(): string {
  const tag = linkTags().find((t) => t.includes('rel="modulepreload"') && t.includes(NOT_FOR_RENDERED_PAGE_ATTRIBUTE));
  const href = tag && /href="\.\/([^"]+)"/.exec(tag)?.[1];
  if (!href) throw new Error('index.html has no link downloading the app');
  return href;
}

describe('the scripts a page runs before its first screen', () => {
  const boot = scriptOf(/\basync\b/);
  const main = scriptOf(/^(?!.*\basync\b)/);
  const app = appChunk();

  it('start with boot.ts as a script of its own, run as soon as it is here', () => {
    expect(html.indexOf(boot)).toBeLessThan(html.indexOf(main));
    expect(sourcesOf([boot]).some((s) => s.endsWith('renderer/boot.ts'))).toBe(true);
  });

  it('boot.ts loads no package at all (not React, zod or i18next), which would hold it back until here', () => {
    expect([...packagesOf(sourcesOf(staticGraph(boot)))]).toEqual([]);
  });

  it('the main script loads no package either: it imports the app once a page the host rendered is painted', () => {
    expect(sourcesOf([main]).some((s) => s.endsWith('renderer/main.tsx'))).toBe(true);
    expect([...packagesOf(sourcesOf(staticGraph(main)))]).toEqual([]);
  });

  it('the app, downloaded with the page, holds React and i18next but no zod (the screens that need it load it with them)', () => {
    expect(sourcesOf([app]).some((s) => s.endsWith('renderer/start.tsx'))).toBe(true);
    const packages = packagesOf(sourcesOf(staticGraph(app)));
    expect(packages.has('react-dom')).toBe(true);
    expect(packages.has('i18next')).toBe(true);
    expect(packages.has('zod')).toBe(false);
    // Every chunk the app imports is downloaded with the page too.
    for (const file of staticGraph(app)) expect(html, file).toContain(`/${file}"`);
  });

  it('link the fonts and preload their files, marked for the host to leave out of a page it renders', () => {
    const preloads = linkTags().filter((t) => t.includes('as="font"'));
    expect(preloads.length).toBeGreaterThanOrEqual(6); // Noto Sans: latin, latin-ext and vietnamese, 400 and 600
    for (const tag of preloads) expect(tag).toContain(NOT_FOR_RENDERED_PAGE_ATTRIBUTE);
    const sheets = linkTags().filter((t) => t.includes('rel="stylesheet"'));
    const cssOf = (tag: string) => fs.readFileSync(path.join(RENDERER, /href="\.\/([^"]+)"/.exec(tag)![1]!), 'utf8');
    // The fonts' faces are in a sheet of their own; the sheet a rendered page keeps asks for no font.
    const fonts = sheets.filter((t) => cssOf(t).includes('@font-face'));
    expect(fonts).toHaveLength(1);
    expect(cssOf(fonts[0]!)).toContain('Noto Sans');
    expect(fonts[0]).toContain(NOT_FOR_RENDERED_PAGE_ATTRIBUTE);
    for (const kept of sheets.filter((t) => !t.includes(NOT_FOR_RENDERED_PAGE_ATTRIBUTE))) {
      expect(cssOf(kept)).not.toContain('@font-face');
    }
  });

  it('are each there compressed too, for the host to serve to browsers that accept it', () => {
    for (const file of new Set([...staticGraph(boot), ...staticGraph(main), ...staticGraph(app)])) {
      const size = fs.statSync(path.join(RENDERER, file)).size;
      if (size < 1024) continue; // too small to be worth it (vite.config.ts)
      for (const suffix of ['.br', '.gz']) {
        expect(fs.statSync(path.join(RENDERER, file + suffix)).size, file + suffix).toBeLessThan(size);
      }
    }
  });
});
