// Rich text as the exercise stores it: Markdown, no raw HTML. Images and links that
// point at `attachment:<sha256>` are read from the library; images from anywhere else
// are not fetched (the app never talks to the internet), only their text is shown.
import { createContext, useCallback, useContext, useEffect, useState, type ComponentProps } from 'react';
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { describeError } from '../errors';
import { base64ToBlob, saveFile } from '../files';

const ATTACHMENT = /^attachment:([0-9a-f]{64})$/;

export function attachmentIdOf(url: string | undefined): string | null {
  return ATTACHMENT.exec(url ?? '')?.[1] ?? null;
}

/** How an attachment's bytes are read: from the library (staff), or another way (a team's own call). */
export type LoadAttachment = (id: string) => Promise<{ mime: string; base64: string }>;
const AttachmentLoader = createContext<LoadAttachment | null>(null);

function useLoadAttachment(): LoadAttachment {
  const api = useApi();
  // Stable across renders: an image's effect depends on it.
  const fromLibrary = useCallback<LoadAttachment>((id) => api.call('attachments.get', { id }), [api]);
  return useContext(AttachmentLoader) ?? fromLibrary;
}

/** A blob: URL per attachment, made once per page: the bytes never change for an id. */
const blobUrls = new Map<string, Promise<string>>();

function attachmentUrl(load: LoadAttachment, id: string): Promise<string> {
  let url = blobUrls.get(id);
  if (!url) {
    url = load(id).then((a) => URL.createObjectURL(base64ToBlob(a.base64, a.mime)));
    // A failure is not remembered: the next render may try again.
    url.catch(() => blobUrls.delete(id));
    blobUrls.set(id, url);
  }
  return url;
}

function AttachmentImage({ src, alt }: ComponentProps<'img'>) {
  const { t } = useTranslation();
  const load = useLoadAttachment();
  const id = attachmentIdOf(typeof src === 'string' ? src : undefined);
  const [result, setResult] = useState<{ id: string; url?: string; error?: unknown } | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    attachmentUrl(load, id).then(
      (url) => live && setResult({ id, url }),
      (error: unknown) => live && setResult({ id, error }),
    );
    return () => {
      live = false;
    };
  }, [load, id]);
  if (!id) return <span className="md-image-blocked">{alt}</span>;
  if (result?.id === id && result.url) return <img src={result.url} alt={alt ?? ''} />;
  if (result?.id === id && result.error) {
    const { key, params } = describeError(result.error);
    return (
      <span role="alert" className="problem problem-error">
        {alt}: {t(key, params)}
      </span>
    );
  }
  return <span className="md-image-loading">{alt}</span>;
}

function AttachmentLink({ href, children }: ComponentProps<'a'>) {
  const load = useLoadAttachment();
  const [error, setError] = useState<unknown>(null);
  const { t } = useTranslation();
  const id = attachmentIdOf(href);
  if (!id) {
    return (
      <a href={href} target="_blank" rel="noreferrer noopener">
        {children}
      </a>
    );
  }
  const name = typeof children === 'string' ? children : 'attachment';
  return (
    <>
      <button
        type="button"
        className="link"
        onClick={() => load(id).then((a) => saveFile(name, a.base64, a.mime), setError)}
      >
        {children}
      </button>
      {error !== null && (
        <span role="alert" className="problem problem-error">
          {t(describeError(error).key, describeError(error).params)}
        </span>
      )}
    </>
  );
}

/** `loadAttachment`: for screens that may not read the library (a team reads its own injects'). */
export function Markdown(props: { text: string; className?: string; loadAttachment?: LoadAttachment }) {
  return (
    <div className={`markdown ${props.className ?? ''}`}>
      <AttachmentLoader.Provider value={props.loadAttachment ?? null}>
        <ReactMarkdown
          urlTransform={(url) => (attachmentIdOf(url) ? url : defaultUrlTransform(url))}
          components={{ img: AttachmentImage, a: AttachmentLink }}
        >
          {props.text}
        </ReactMarkdown>
      </AttachmentLoader.Provider>
    </div>
  );
}
