import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_ENDONYMS } from '../../../shared/i18n/locales';
import { EXERCISE_KINDS, HAZARDS, LIBRARY_SORTS } from '../../../shared/model/vocabulary';
import type { LibraryFilters } from './filters';

/** Empty selects mean "any"; the value strings map 1:1 onto the contract's enums. */
function orNull<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function LibraryFiltersBar(props: {
  filters: LibraryFilters;
  tags: string[];
  onChange(f: LibraryFilters): void;
}) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filters" role="search">
      <label className="search">
        <span>{t('library.search.label')}</span>
        <input
          type="search"
          value={filters.query}
          placeholder={t('library.search.placeholder')}
          onChange={(e) => set({ query: e.target.value })}
        />
      </label>
      <label>
        <span>{t('library.filter.hazard')}</span>
        <select value={filters.hazard ?? ''} onChange={(e) => set({ hazard: orNull(e.target.value, HAZARDS) })}>
          <option value="">{t('library.filter.any')}</option>
          {HAZARDS.map((h) => (
            <option key={h} value={h}>
              {t(`library.hazard.${h}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('library.filter.kind')}</span>
        <select value={filters.kind ?? ''} onChange={(e) => set({ kind: orNull(e.target.value, EXERCISE_KINDS) })}>
          <option value="">{t('library.filter.any')}</option>
          {EXERCISE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`library.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('library.filter.language')}</span>
        <select value={filters.language ?? ''} onChange={(e) => set({ language: orNull(e.target.value, LOCALES) })}>
          <option value="">{t('library.filter.any')}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_ENDONYMS[l]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('library.filter.tag')}</span>
        <select value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value || null })}>
          <option value="">{t('library.filter.any')}</option>
          {props.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('library.sort.label')}</span>
        <select
          value={filters.sort}
          onChange={(e) => set({ sort: orNull(e.target.value, LIBRARY_SORTS) ?? 'updated_desc' })}
        >
          {LIBRARY_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`library.sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" checked={filters.archived} onChange={(e) => set({ archived: e.target.checked })} />
        <span>{t('library.filter.archived')}</span>
      </label>
    </div>
  );
}
