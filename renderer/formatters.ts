// Dates, times and numbers in the user's language, always through Intl. No React here:
// boot.ts makes the page's pair while the page waits for its scripts (format.ts has the hook).

export type Formatters = {
  dateTime(iso: string): string;
  number(n: number): string;
};

// Making an Intl formatter costs far more than using one (its locale data is looked up
// each time): one pair per language for the whole page, not one per card that renders.
const byLocale = new Map<string, Formatters>();

export function formattersFor(locale: string): Formatters {
  let formatters = byLocale.get(locale);
  if (!formatters) {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    formatters = {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      number: (n) => number.format(n),
    };
    byLocale.set(locale, formatters);
  }
  return formatters;
}
