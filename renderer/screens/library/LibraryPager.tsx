// Paging controls for the library: first, previous, a page number to type, next, last.
// Every control is a named button or field, so a keyboard or screen-reader user reaches
// any page as directly as a mouse user. The screen shows one above and one below the
// list, each its own navigation landmark with its own name.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format';
import { pageCount } from './paging';

type Props = {
  /** From 0. */
  page: number;
  total: number;
  label: string;
  onPage(page: number): void;
};

export function LibraryPager({ page, total, label, onPage }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const pages = pageCount(total);
  const ofId = useId();
  // What the user is typing into the page field, for the page it was typed on.
  const [typed, setTyped] = useState<{ page: number; text: string } | null>(null);
  const draft = typed?.page === page ? typed.text : String(page + 1);
  const setDraft = (text: string) => setTyped({ page, text });
  if (pages <= 1) return null;

  const commit = () => {
    const wanted = Number(draft);
    if (Number.isInteger(wanted) && wanted >= 1 && wanted <= pages) {
      if (wanted - 1 !== page) onPage(wanted - 1);
    } else {
      setDraft(String(page + 1)); // not a page: back to the page shown
    }
  };
  const atStart = page === 0;
  const atEnd = page >= pages - 1;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={atStart} onClick={() => onPage(0)}>
        {t('library.page.first')}
      </button>
      <button type="button" disabled={atStart} onClick={() => onPage(page - 1)}>
        {t('library.page.previous')}
      </button>
      {/* The field and its "of N" stay together on one line, whatever the width. */}
      <span className="page-jump">
        <label className="page-number">
          {t('library.page.number')}{' '}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={pages}
            value={draft}
            aria-label={t('library.page.numberLabel')}
            aria-describedby={ofId}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
            }}
          />
        </label>
        <span id={ofId}>{t('library.page.of', { pages: fmt.number(pages) })}</span>
      </span>
      <button type="button" disabled={atEnd} onClick={() => onPage(page + 1)}>
        {t('library.page.next')}
      </button>
      <button type="button" disabled={atEnd} onClick={() => onPage(pages - 1)}>
        {t('library.page.last')}
      </button>
    </nav>
  );
}
