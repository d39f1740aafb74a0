// The console's one projector control: "Projector" opens a dialog that asks the host for
// the projector's own secret, then offers both ways to show the room's screen. "Open
// projector window": in the desktop app a window of its own (on a second screen when
// there is one); in a browser a new tab, opened without an opener so it shares nothing
// of this page (not the staff key in this tab's storage). And the address to open on
// another computer wired to the projector, with a button to copy it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../shared/api/bridge';
import { unwrap } from '../../../shared/api/client';
import { ApiError } from '../../../shared/api/errors';
import { projectorUrl } from '../../../shared/session/links';
import { useApi } from '../../api/ApiContext';
import { DialogButton } from '../../components/DialogButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { projectorAddresses, type HostAddress } from './inviteModel';
import { useLan } from './useLan';
import './participants.css';

function CopyableAddress({ entry }: { entry: HostAddress }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const where =
    entry.where === 'office' ? t('lan.invite.officeAddress', { address: entry.address }) : t('lan.invite.thisComputer');
  const copy = () => {
    field.current?.select();
    setError(null);
    navigator.clipboard.writeText(entry.url).then(
      () => setCopied(true),
      // No clipboard (a page not served securely): the address stays selected to copy by hand.
      () => setError(new ApiError({ code: 'unavailable', messageKey: 'lan.projector.copyFailed', details: {} })),
    );
  };
  return (
    <li className="projector-link">
      <label>
        <span>{where}</span>
        <input
          ref={field}
          readOnly
          value={entry.url}
          aria-label={t('lan.projector.address', { where })}
          onFocus={(e) => e.target.select()}
        />
      </label>
      <button type="button" onClick={copy} aria-label={t('lan.projector.copyAddress', { where })}>
        {copied ? t('lan.projector.copied') : t('lan.projector.copy')}
      </button>
      <ErrorMessage error={error} />
    </li>
  );
}

function ProjectorPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const lan = useLan();
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [blocked, setBlocked] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.call('session.projectorLink', { sessionId }).then(
      (link) => current && setSecret(link.secret),
      (caught: unknown) => current && setError(caught),
    );
    return () => {
      current = false;
    };
  }, [api, sessionId]);

  const openHere = async () => {
    if (secret === null) return;
    setError(null);
    try {
      const bridge = window.drillbook;
      if (bridge) {
        unwrap(await bridge.openWindow('projector', secret));
        return;
      }
      const url = projectorUrl(window.location.origin, secret);
      // With `noopener` the browser returns null whether or not it opened the tab, so the
      // address is always offered as well.
      window.open(url, '_blank', 'noopener,noreferrer');
      setBlocked(url);
    } catch (caught) {
      setError(caught);
    }
  };

  const addresses = secret !== null && lan.status ? projectorAddresses(lan.status, secret) : [];
  return (
    <div className="projector-panel">
      <p>{t('lan.projector.intro')}</p>
      <ErrorMessage error={error ?? lan.error} />
      {secret === null && !error && <p role="status">{t('common.loading')}</p>}
      {secret !== null && (
        <p>
          <button type="button" className="primary" onClick={() => void openHere()}>
            {t('lan.projector.open')}
          </button>
        </p>
      )}
      {blocked && (
        <p className="projector-fallback" role="status">
          {t('lan.projector.blocked', { url: blocked })}
        </p>
      )}
      {addresses.length > 0 && (
        <>
          <p>{t(lan.status?.open ? 'lan.projector.elsewhereOpen' : 'lan.projector.elsewhereClosed')}</p>
          <ul className="projector-links">
            {addresses.map((entry) => (
              <CopyableAddress key={entry.key} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The console's "Projector" button and the dialog it opens. */
export function ProjectorButton(props: { sessionId: string }) {
  const { t } = useTranslation();
  return (
    <DialogButton label={t('lan.projector.button')} title={t('lan.projector.title')}>
      <ProjectorPanel sessionId={props.sessionId} />
    </DialogButton>
  );
}
