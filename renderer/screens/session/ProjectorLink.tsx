// "Projector link": asks the host for a projector secret and shows the address to open on
// the room's screen (any browser that reaches this host), with a button to copy it.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './participants.css';
import { ApiError } from '../../../shared/api/errors';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';

export function projectorUrl(origin: string, secret: string): string {
  return `${origin}/#/projector?secret=${encodeURIComponent(secret)}`;
}

export function ProjectorLink({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const field = useRef<HTMLInputElement>(null);

  const open = () => {
    setError(null);
    api
      .call('session.projectorLink', { sessionId })
      .then(({ secret }) => setUrl(projectorUrl(window.location.origin, secret)), setError);
  };
  const copy = () => {
    if (!url) return;
    field.current?.select();
    navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      // No clipboard (a page not served securely): the address stays selected to copy by hand.
      () =>
        setError(new ApiError({ code: 'unavailable', messageKey: 'console.projectorLink.copyFailed', details: {} })),
    );
  };

  return (
    <div className="projector-link">
      {url === null ? (
        <button type="button" onClick={open}>
          {t('console.projectorLink.button')}
        </button>
      ) : (
        <>
          <label>
            <span className="visually-hidden">{t('console.projectorLink.address')}</span>
            <input ref={field} readOnly value={url} onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" onClick={copy}>
            {copied ? t('console.projectorLink.copied') : t('console.projectorLink.copy')}
          </button>
        </>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
