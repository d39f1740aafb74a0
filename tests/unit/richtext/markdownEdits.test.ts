import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  insertLink,
  toggleInline,
  toggleLines,
  type InlineMark,
  type LineFormat,
  type TextSelection,
} from '../../../shared/richtext/markdownEdits';

// A text with its selection written in it: «selected», or ‸ for a cursor.
function parse(marked: string): TextSelection {
  const cursor = marked.indexOf('‸');
  if (cursor !== -1) return { text: marked.replace('‸', ''), start: cursor, end: cursor };
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  if (start === -1 || end < start) throw new Error(`no selection in ${marked}`);
  return { text: marked.replace('«', '').replace('»', ''), start, end };
}

function show({ text, start, end }: TextSelection): string {
  if (start === end) return `${text.slice(0, start)}‸${text.slice(start)}`;
  return `${text.slice(0, start)}«${text.slice(start, end)}»${text.slice(end)}`;
}

const inline = (marked: string, mark: InlineMark) => show(toggleInline(parse(marked), mark));
const lines = (marked: string, format: LineFormat) => show(toggleLines(parse(marked), format));

describe('bold and italic', () => {
  it('wraps the selected words and keeps them selected', () => {
    expect(inline('Evacuate «floor 12» now', 'bold')).toBe('Evacuate **«floor 12»** now');
    expect(inline('Evacuate «floor 12» now', 'italic')).toBe('Evacuate *«floor 12»* now');
  });

  it('pressed again, takes the marks off, whether they were selected or not', () => {
    expect(inline('Evacuate **«floor 12»** now', 'bold')).toBe('Evacuate «floor 12» now');
    expect(inline('Evacuate «**floor 12**» now', 'bold')).toBe('Evacuate «floor 12» now');
    expect(inline('a *«word»* b', 'italic')).toBe('a «word» b');
    expect(inline('a «*word*» b', 'italic')).toBe('a «word» b');
  });

  it('round-trips: the same button twice gives back the text and selection', () => {
    for (const mark of ['bold', 'italic'] as const) {
      for (const marked of ['«Cháy tầng 12»', 'x «火灾» y', 'one «two\nthree» four']) {
        expect(show(toggleInline(toggleInline(parse(marked), mark), mark))).toBe(marked);
      }
    }
  });

  it('tells bold from italic: each button adds or removes only its own mark', () => {
    expect(inline('«**word**»', 'italic')).toBe('*«**word**»*');
    expect(inline('**«word»**', 'italic')).toBe('***«word»***');
    expect(inline('***«word»***', 'bold')).toBe('*«word»*');
    expect(inline('***«word»***', 'italic')).toBe('**«word»**');
    expect(inline('*«word»*', 'bold')).toBe('***«word»***');
  });

  it('leaves the spaces at the ends of the selection outside the marks', () => {
    // "** word**" is not bold in Markdown: the mark must touch the word.
    expect(inline('a« word »b', 'bold')).toBe('a **«word»** b');
  });

  it('marks each selected line on its own, skipping blank ones, since a mark cannot span paragraphs', () => {
    expect(inline('«first line\n\nsecond line»', 'bold')).toBe('**«first line**\n\n**second line»**');
    expect(inline('**«first line**\n\n**second line»**', 'bold')).toBe('«first line\n\nsecond line»');
  });

  it('marks only the lines not marked yet when some are', () => {
    expect(inline('«**one**\ntwo»', 'bold')).toBe('«**one**\n**two»**');
  });

  it('does not take two separate bold words for one bold stretch', () => {
    expect(inline('«**a** and **b**»', 'bold')).not.toBe('«a** and **b»');
  });

  it('with nothing selected, gives an empty pair to type into, and takes back an empty pair', () => {
    expect(inline('Call ‸', 'bold')).toBe('Call **‸**');
    expect(inline('Call **‸**', 'bold')).toBe('Call ‸');
    expect(inline('‸', 'italic')).toBe('*‸*');
    expect(inline('a *‸* b', 'italic')).toBe('a ‸ b');
  });
});

describe('headings and lists', () => {
  it('makes the cursor’s line a heading, and back', () => {
    expect(lines('Situation at 19:30‸', 'heading')).toBe('### Situation at 19:30‸');
    expect(lines('### Situa‸tion', 'heading')).toBe('Situa‸tion');
    expect(lines('## Situa‸tion', 'heading')).toBe('Situa‸tion');
  });

  it('makes every selected line a list item, leaving blank lines alone', () => {
    expect(lines('«Cordon\n\nEvacuate\nReport»', 'bulleted')).toBe('- «Cordon\n\n- Evacuate\n- Report»');
    expect(lines('«Cordon\nEvacuate\nReport»', 'numbered')).toBe('1. «Cordon\n2. Evacuate\n3. Report»');
  });

  it('takes the list off when every selected line is in it already', () => {
    expect(lines('- «Cordon\n- Evacuate»', 'bulleted')).toBe('«Cordon\nEvacuate»');
    expect(lines('1. «Cordon\n2. Evacuate»', 'numbered')).toBe('«Cordon\nEvacuate»');
    expect(lines('* «Cordon\n+ Evacuate»', 'bulleted')).toBe('«Cordon\nEvacuate»');
  });

  it('turns one kind of list into the other, numbering from 1', () => {
    expect(lines('- «Cordon\n- Evacuate»', 'numbered')).toBe('1. «Cordon\n2. Evacuate»');
    expect(lines('7. «Cordon\n9) Evacuate»', 'bulleted')).toBe('- «Cordon\n- Evacuate»');
  });

  it('completes a list when only some lines are in it', () => {
    expect(lines('- «Cordon\nEvacuate»', 'bulleted')).toBe('- «Cordon\n- Evacuate»');
  });

  it('keeps a nested item’s indent', () => {
    expect(lines('«Cordon\n  Evacuate»', 'bulleted')).toBe('- «Cordon\n  - Evacuate»');
  });

  it('leaves out the line a selection ends at the start of', () => {
    expect(lines('«one\n»two', 'bulleted')).toBe('- «one\n»two');
  });

  it('starts a list on an empty line, with the cursor after the marker', () => {
    expect(lines('Tasks:\n‸', 'bulleted')).toBe('Tasks:\n- ‸');
    expect(lines('‸\nrest', 'numbered')).toBe('1. ‸\nrest');
  });

  it('touches only the selected lines', () => {
    expect(lines('before\n«middle»\nafter', 'heading')).toBe('before\n### «middle»\nafter');
  });
});

describe('links', () => {
  it('makes the selection the link text and selects the address to type over', () => {
    expect(show(insertLink(parse('See «the map» now'), 'link text'))).toBe('See [the map](«https://») now');
  });

  it('makes a selected address the link’s address, with the placeholder text selected', () => {
    expect(show(insertLink(parse('«https://example.org/a»'), 'văn bản liên kết'))).toBe(
      '[«văn bản liên kết»](https://example.org/a)',
    );
  });

  it('inserts a whole link when nothing is selected', () => {
    expect(show(insertLink(parse('See ‸'), '链接文字'))).toBe('See [«链接文字»](https://)');
  });

  it('drops brackets from the selection, which would end the link text early', () => {
    expect(insertLink(parse('«map [v2]»'), 'x').text).toBe('[map v2](https://)');
  });
});

describe('selections out of order or out of range', () => {
  it('reads a backwards or overlong selection as the text it covers', () => {
    expect(show(toggleInline({ text: 'abc', start: 3, end: 0 }, 'bold'))).toBe('**«abc»**');
    expect(show(toggleInline({ text: 'abc', start: 1, end: 99 }, 'bold'))).toBe('a**«bc»**');
  });
});

describe('any text, any selection', () => {
  // Plain text: letters of the four languages, spaces and line breaks, no Markdown marks.
  const plain = fc
    .array(fc.constantFrom('a', 'B', 'ư', 'Đ', '火', '災', ' ', '\n', '.', ','), { maxLength: 40 })
    .map((chars) => chars.join(''));
  const selected = plain.chain((text) =>
    fc
      .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }))
      .map(([start, end]) => ({ text, start, end })),
  );

  it('each button pressed twice gives back the text it was given', () => {
    fc.assert(
      fc.property(selected, (s) => {
        for (const mark of ['bold', 'italic'] as const) {
          expect(toggleInline(toggleInline(s, mark), mark).text).toBe(s.text);
        }
        for (const format of ['heading', 'bulleted', 'numbered'] as const) {
          expect(toggleLines(toggleLines(s, format), format).text).toBe(s.text);
        }
      }),
    );
  });

  it('keeps the selection inside the new text, in order', () => {
    fc.assert(
      fc.property(selected, (s) => {
        const results = [
          toggleInline(s, 'bold'),
          toggleInline(s, 'italic'),
          toggleLines(s, 'heading'),
          toggleLines(s, 'bulleted'),
          toggleLines(s, 'numbered'),
          insertLink(s, 'link'),
        ];
        for (const r of results) {
          expect(0 <= r.start && r.start <= r.end && r.end <= r.text.length).toBe(true);
        }
      }),
    );
  });

  it('changes no character of the text, only adds marks around it', () => {
    fc.assert(
      fc.property(selected, (s) => {
        const strip = (text: string) => text.replace(/\*/g, '');
        expect(strip(toggleInline(s, 'bold').text)).toBe(s.text);
        expect(strip(toggleInline(s, 'italic').text)).toBe(s.text);
      }),
    );
  });
});
