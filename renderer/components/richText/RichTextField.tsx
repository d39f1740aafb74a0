// A rich text field as a trainer meets it: a textarea with formatting buttons (and
// their Ctrl shortcuts) above it, and the text shown formatted beside it, or behind a
// Write/Preview switch where there is no room for both. What is stored stays Markdown:
// the buttons only write the marks around the selection.
//
// Controlled by its props like a textarea (value, onChange), so a form can swap it in
// without changing how its data flows.
import {
  useDeferredValue,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TextSelection } from '../../../shared/richtext/markdownEdits';
import { Markdown } from '../Markdown';
import { FORMAT_BUTTONS, shortcutText, type FormatButton } from './formatButtons';
import './richText.css';

/** Narrower than this, the text and its preview take turns (phones, narrow windows). */
const SIDE_BY_SIDE_MIN_PX = 700;

export type RichTextFieldProps = {
  /** The textarea's id; one is made up when not given. */
  id?: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** What is wrong with the text, shown below it. */
  error?: ReactNode;
  /** Marks the text invalid (error can hold warnings only). */
  invalid?: boolean;
  /** The id of the element that says what is wrong, for aria-describedby. */
  describedBy?: string;
  rows?: number;
  /** More buttons at the end of the toolbar (attaching a file). */
  extraTools?: ReactNode;
  /** The textarea, for callers that insert at the cursor. */
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
};

/** Is the element narrower than the width that holds text and preview side by side? */
function useNarrow(ref: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setNarrow(element.getBoundingClientRect().width < SIDE_BY_SIDE_MIN_PX);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return narrow;
}

export function RichTextField(props: RichTextFieldProps) {
  const { t } = useTranslation();
  const madeId = useId();
  const id = props.id ?? madeId;
  const labelId = useId();
  const hintId = useId();
  const writeTabId = useId();
  const previewTabId = useId();
  const root = useRef<HTMLDivElement>(null);
  const ownTextarea = useRef<HTMLTextAreaElement>(null);
  const textarea = props.textareaRef ?? ownTextarea;
  const narrow = useNarrow(root);
  const [previewing, setPreviewing] = useState(false);
  // The preview lags behind typing rather than slowing it down.
  const previewText = useDeferredValue(props.value);
  // A selection to restore once the parent has taken a change made without the browser's
  // editing commands (see applyFormat).
  const pendingSelection = useRef<TextSelection | null>(null);
  const [toolIndex, setToolIndex] = useState(0);

  useLayoutEffect(() => {
    const pending = pendingSelection.current;
    const element = textarea.current;
    if (!pending || !element || element.value !== pending.text) return;
    pendingSelection.current = null;
    element.setSelectionRange(pending.start, pending.end);
  });

  function applyFormat(button: FormatButton) {
    const element = textarea.current;
    if (!element) return;
    const before = element.value;
    const next = button.edit(
      { text: before, start: element.selectionStart, end: element.selectionEnd },
      t('editor.markdown.linkText'),
    );
    element.focus();
    // Replace only what changed, through the browser's own editing command, so that
    // Ctrl+Z undoes a button like any typing; the input event reaches onChange as typing does.
    let head = 0;
    while (head < before.length && head < next.text.length && before[head] === next.text[head]) head++;
    let tail = 0;
    while (
      tail < before.length - head &&
      tail < next.text.length - head &&
      before[before.length - 1 - tail] === next.text[next.text.length - 1 - tail]
    )
      tail++;
    element.setSelectionRange(head, before.length - tail);
    const replacement = next.text.slice(head, next.text.length - tail);
    const done =
      document.execCommand(replacement === '' ? 'delete' : 'insertText', false, replacement) &&
      element.value === next.text;
    if (done) {
      element.setSelectionRange(next.start, next.end);
    } else {
      // No editing command here (or it did something else): set the value ourselves.
      pendingSelection.current = next;
      props.onChange(next.text);
    }
  }

  function onTextKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.nativeEvent.isComposing) return; // an IME (Telex, Pinyin, Zhuyin) is mid-word
    const button = FORMAT_BUTTONS.find((b) => b.matches(e));
    if (!button) return;
    e.preventDefault();
    applyFormat(button);
  }

  // The toolbar is one stop for Tab; the arrow keys move within it (ARIA toolbar pattern).
  function onToolbarKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const tools = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = tools.indexOf(document.activeElement as HTMLButtonElement);
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -at, End: tools.length - 1 - at }[e.key];
    if (at === -1 || step === undefined) return;
    e.preventDefault();
    const next = (at + step + tools.length) % tools.length;
    setToolIndex(next);
    tools[next]?.focus();
  }

  function onTabKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = !previewing;
    setPreviewing(next);
    document.getElementById(next ? previewTabId : writeTabId)?.focus();
  }

  const showWrite = !narrow || !previewing;
  const showPreview = !narrow || previewing;
  const describedBy = [props.describedBy, hintId].filter(Boolean).join(' ');
  return (
    <div ref={root} className="field rich-text-field" role="group" aria-labelledby={labelId}>
      <div className="rich-text-head">
        <label id={labelId} htmlFor={id}>
          {props.label}
        </label>
        {narrow && (
          <div role="tablist" aria-labelledby={labelId} className="segmented">
            <button
              type="button"
              role="tab"
              id={writeTabId}
              aria-selected={!previewing}
              aria-controls={`${id}-write`}
              tabIndex={previewing ? -1 : 0}
              onClick={() => setPreviewing(false)}
              onKeyDown={onTabKeyDown}
            >
              {t('editor.markdown.write')}
            </button>
            <button
              type="button"
              role="tab"
              id={previewTabId}
              aria-selected={previewing}
              aria-controls={`${id}-preview`}
              tabIndex={previewing ? 0 : -1}
              onClick={() => setPreviewing(true)}
              onKeyDown={onTabKeyDown}
            >
              {t('editor.markdown.preview')}
            </button>
          </div>
        )}
      </div>
      <div className={narrow ? 'rich-text-panes' : 'rich-text-panes side-by-side'}>
        <div
          id={`${id}-write`}
          className="rich-text-write"
          role={narrow ? 'tabpanel' : undefined}
          aria-labelledby={narrow ? writeTabId : undefined}
          hidden={!showWrite}
        >
          <div className="rich-text-tools">
            <div
              role="toolbar"
              aria-label={t('editor.markdown.toolbar')}
              aria-controls={id}
              className="format-toolbar"
              onKeyDown={onToolbarKeyDown}
            >
              {FORMAT_BUTTONS.map((button, k) => (
                <button
                  key={button.name}
                  type="button"
                  className="format-button"
                  aria-label={t(`editor.markdown.${button.name}`)}
                  aria-keyshortcuts={button.keys}
                  title={t('editor.markdown.withShortcut', {
                    name: t(`editor.markdown.${button.name}`),
                    keys: shortcutText(button.keys),
                  })}
                  tabIndex={k === toolIndex ? 0 : -1}
                  // The textarea keeps its selection (and focus) when a button is clicked.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => applyFormat(button)}
                >
                  {button.icon}
                </button>
              ))}
            </div>
            {props.extraTools}
          </div>
          <textarea
            ref={textarea}
            id={id}
            rows={props.rows ?? 5}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value)}
            onKeyDown={onTextKeyDown}
            aria-invalid={props.invalid || undefined}
            aria-describedby={describedBy}
          />
        </div>
        <section
          id={`${id}-preview`}
          className="rich-text-preview"
          role={narrow ? 'tabpanel' : 'region'}
          aria-labelledby={narrow ? previewTabId : undefined}
          aria-label={narrow ? undefined : t('editor.markdown.previewOf', { field: props.label })}
          hidden={!showPreview}
        >
          {!narrow && (
            <p className="rich-text-preview-caption" aria-hidden="true">
              {t('editor.markdown.preview')}
            </p>
          )}
          <div className="markdown-preview">
            {previewText.trim() ? (
              <Markdown text={previewText} />
            ) : (
              <p className="empty">{t('editor.markdown.empty')}</p>
            )}
          </div>
        </section>
      </div>
      {props.error}
      <p className="hint" id={hintId}>
        {t('editor.markdown.hint')}
      </p>
    </div>
  );
}
