// The formatting buttons of a rich text field: what each does to the text, its
// shortcut, and its icon. The icons are drawn here (no icon font to fetch or bundle);
// each button's name comes from the catalogue.
import type { KeyboardEvent, ReactNode } from 'react';
import { insertLink, toggleInline, toggleLines, type TextSelection } from '../../../shared/richtext/markdownEdits';

export type FormatButton = {
  /** The catalogue key of its name, under editor.markdown. */
  name: 'bold' | 'italic' | 'heading' | 'bulletedList' | 'numberedList' | 'link';
  /** For aria-keyshortcuts and the tooltip; Cmd takes the place of Ctrl on a Mac. */
  keys: string;
  /** Does this key press ask for it? */
  matches(e: KeyboardEvent): boolean;
  edit(selection: TextSelection, linkText: string): TextSelection;
  icon: ReactNode;
};

function ctrl(e: KeyboardEvent, shift: boolean): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift;
}

/** A letter key by its place on the keyboard, or by what it types (another layout). */
function letter(e: KeyboardEvent, l: string): boolean {
  return e.code === `Key${l.toUpperCase()}` || e.key.toLowerCase() === l;
}

const svg = (children: ReactNode) => (
  <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

export const FORMAT_BUTTONS: readonly FormatButton[] = [
  {
    name: 'bold',
    keys: 'Control+B',
    matches: (e) => ctrl(e, false) && letter(e, 'b'),
    edit: (s) => toggleInline(s, 'bold'),
    icon: (
      <span className="format-icon" aria-hidden="true" style={{ fontWeight: 800 }}>
        B
      </span>
    ),
  },
  {
    name: 'italic',
    keys: 'Control+I',
    matches: (e) => ctrl(e, false) && letter(e, 'i'),
    edit: (s) => toggleInline(s, 'italic'),
    icon: (
      <span className="format-icon" aria-hidden="true" style={{ fontStyle: 'italic', fontFamily: 'serif' }}>
        I
      </span>
    ),
  },
  {
    name: 'heading',
    keys: 'Control+Shift+H',
    matches: (e) => ctrl(e, true) && letter(e, 'h'),
    edit: (s) => toggleLines(s, 'heading'),
    icon: (
      <span className="format-icon" aria-hidden="true" style={{ fontWeight: 800 }}>
        H
      </span>
    ),
  },
  {
    name: 'bulletedList',
    keys: 'Control+Shift+8',
    matches: (e) => ctrl(e, true) && e.code === 'Digit8',
    edit: (s) => toggleLines(s, 'bulleted'),
    icon: svg(
      <g fill="currentColor">
        <circle cx="4" cy="5" r="1.7" />
        <circle cx="4" cy="10" r="1.7" />
        <circle cx="4" cy="15" r="1.7" />
        <rect x="8" y="4" width="10" height="2" rx="1" />
        <rect x="8" y="9" width="10" height="2" rx="1" />
        <rect x="8" y="14" width="10" height="2" rx="1" />
      </g>,
    ),
  },
  {
    name: 'numberedList',
    keys: 'Control+Shift+7',
    matches: (e) => ctrl(e, true) && e.code === 'Digit7',
    edit: (s) => toggleLines(s, 'numbered'),
    icon: svg(
      <g fill="currentColor">
        {/* Drawn, not <text>: glyphs in an icon would count as the button's visible text. */}
        <path
          d="M2 3.2 3.4 2v5.4M1.4 9.4q1.6-1.3 3 0L1.4 12.6h3M1.4 14.3h3l-1.5 1.4q1.8.3 1.4 1.7-.7 1-2.9.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.2"
        />
        <rect x="8" y="4" width="10" height="2" rx="1" />
        <rect x="8" y="9" width="10" height="2" rx="1" />
        <rect x="8" y="14" width="10" height="2" rx="1" />
      </g>,
    ),
  },
  {
    name: 'link',
    keys: 'Control+K',
    matches: (e) => ctrl(e, false) && letter(e, 'k'),
    edit: (s, linkText) => insertLink(s, linkText),
    icon: svg(
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1" />
        <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1" />
      </g>,
    ),
  },
];

/** The shortcut as the tooltip shows it: Ctrl+Shift+8. */
export function shortcutText(keys: string): string {
  return keys.replace('Control', 'Ctrl');
}
