// A rich text field of the exercise (RichTextField: formatting buttons and a preview)
// with its problems and an "Attach file" button: the file goes into the library
// (content-addressed), its meta into the exercise, and a link to it (an image for
// pictures) is inserted where the cursor was.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentBytesTotal, LIMITS, type AttachmentMeta } from '../../../shared/model/exercise';
import type { IssuePath } from '../../../shared/model/validate';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RichTextField } from '../../components/richText/RichTextField';
import { fileToBase64 } from '../../files';
import { useEditor, useProblems } from './EditorContext';

type Props = {
  label: string;
  value: string;
  onChange(value: string): void;
  path: IssuePath;
  /** Told after the file is in the exercise's attachments (an inject also lists it). */
  onAttached?(meta: AttachmentMeta): void;
  rows?: number;
};

/** Markdown for a link to an attachment; brackets in the name would end the link text early. */
export function attachmentMarkdown(meta: AttachmentMeta): string {
  const name = meta.name.replace(/[[\]]/g, '');
  return `${meta.mime.startsWith('image/') ? '!' : ''}[${name}](attachment:${meta.id})`;
}

const MIB = 1024 * 1024;

export function MarkdownField(props: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { edit, draft, exerciseId } = useEditor();
  const problems = useProblems(props.path);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  /** A file refused here before upload, or what the host answered. */
  const [error, setError] = useState<{ tooLarge: true } | { totalTooLarge: true; totalMiB: number } | unknown>(null);

  async function attach(file: File) {
    setError(null);
    if (file.size > LIMITS.attachmentBytesMax) {
      setError({ tooLarge: true });
      return;
    }
    // The host checks again (the saved exercise), and the library on every save.
    if (attachmentBytesTotal(draft.attachments) + file.size > LIMITS.exerciseAttachmentBytesMax) {
      setError({
        totalTooLarge: true,
        totalMiB: Math.ceil((attachmentBytesTotal(draft.attachments) + file.size) / MIB),
      });
      return;
    }
    setBusy(true);
    try {
      const meta = await api.call('attachments.put', {
        name: file.name,
        mime: file.type || 'application/octet-stream',
        base64: await fileToBase64(file),
        exerciseId,
      });
      edit((c) => (c.attachments.some((a) => a.id === meta.id) ? c : { ...c, attachments: [...c.attachments, meta] }));
      props.onAttached?.(meta);
      const at = textarea.current?.selectionStart ?? props.value.length;
      const before = props.value.slice(0, at);
      const gap = before === '' || before.endsWith('\n') ? '' : '\n';
      props.onChange(`${before}${gap}${attachmentMarkdown(meta)}\n${props.value.slice(at)}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const maxMiB = LIMITS.attachmentBytesMax / MIB;
  const attachButton = (
    <>
      <button type="button" className="attach" disabled={busy} onClick={() => fileInput.current?.click()}>
        {busy ? t('editor.markdown.attaching') : t('editor.markdown.attach')}
      </button>
      <input
        ref={fileInput}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void attach(file);
        }}
      />
    </>
  );
  return (
    <div className="markdown-field">
      <RichTextField
        label={props.label}
        value={props.value}
        onChange={props.onChange}
        rows={props.rows}
        invalid={problems.invalid}
        describedBy={problems.describedBy}
        error={problems.messages}
        extraTools={attachButton}
        textareaRef={textarea}
      />
      {error !== null &&
        (typeof error === 'object' && 'tooLarge' in error ? (
          <p role="alert" className="error">
            {t('errors.attachmentTooLarge', { maxMiB })}
          </p>
        ) : typeof error === 'object' && 'totalTooLarge' in error && 'totalMiB' in error ? (
          <p role="alert" className="error">
            {t('errors.exerciseAttachmentsTooLarge', {
              totalMiB: Number(error.totalMiB),
              maxMiB: LIMITS.exerciseAttachmentBytesMax / MIB,
            })}
          </p>
        ) : (
          <ErrorMessage error={error} />
        ))}
    </div>
  );
}
