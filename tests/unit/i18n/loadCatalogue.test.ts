import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../shared/i18n/catalogues';
import { loadCatalogue } from '../../../shared/i18n/catalogues/load';
import { LOCALES } from '../../../shared/i18n/locales';
import { createI18nWith, resourcesOf } from '../../../shared/i18n/setup';

describe('loading one language', () => {
  it('loads, for each locale, that locale’s own catalogue', async () => {
    for (const locale of LOCALES) {
      expect(await loadCatalogue(locale), locale).toBe(catalogues[locale]);
    }
  });

  it('gives an i18next instance that translates from the one catalogue it was given', async () => {
    const vi = createI18nWith('vi', resourcesOf({ vi: await loadCatalogue('vi') }));
    expect(vi.t('common.language')).toBe(catalogues.vi.common.language);
    // A language not loaded yet has no texts: the renderer loads it before switching.
    expect(vi.hasResourceBundle('zh-Hant', 'translation')).toBe(false);
    vi.addResourceBundle('zh-Hant', 'translation', await loadCatalogue('zh-Hant'));
    await vi.changeLanguage('zh-Hant');
    expect(vi.t('common.language')).toBe(catalogues['zh-Hant'].common.language);
  });
});
