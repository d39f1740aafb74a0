// The invite panel: where people join this session, with its code and a QR code per
// address. While the office network is closed, this computer's own address (a second
// window, the projector) and the button that opens it; once open, the office-network
// addresses and the button that closes it (asking first: it drops everyone on it).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DialogButton } from '../../components/DialogButton';
import { ConfirmDialog } from '../editor/ConfirmDialog';
import { inviteAddresses, type HostAddress } from './inviteModel';
import { qrCodeDataUrl } from './qrCode';
import { useLan } from './useLan';

function AddressCard({ entry }: { entry: HostAddress }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    qrCodeDataUrl(entry.url).then(
      (dataUrl) => current && setQr(dataUrl),
      // Only a link too long for any QR code fails here; the link itself is still shown.
      (error: unknown) => console.error('drillbook: QR code not drawn', error),
    );
    return () => {
      current = false;
    };
  }, [entry.url]);
  const label =
    entry.where === 'office' ? t('lan.invite.officeAddress', { address: entry.address }) : t('lan.invite.thisComputer');
  return (
    <li className="invite-address">
      <h3>{label}</h3>
      {qr && (
        <img className="invite-qr" src={qr} alt={t('lan.invite.qr', { url: entry.url })} width={184} height={184} />
      )}
      <a className="invite-url" href={entry.url} target="_blank" rel="noopener noreferrer">
        {entry.url}
      </a>
    </li>
  );
}

export function InvitePanel(props: { joinCode: string }) {
  const { t } = useTranslation();
  const lan = useLan();
  const [confirmClose, setConfirmClose] = useState(false);
  const status = lan.status;
  const addresses = status ? inviteAddresses(status, props.joinCode) : [];
  return (
    <div className="invite-panel">
      <p className="invite-code">
        {t('lan.invite.code')} <strong>{props.joinCode}</strong>
      </p>
      {status === null && !lan.error && <p role="status">{t('common.loading')}</p>}
      {status && status.loopbackUrl === null && <p>{t('lan.invite.noWeb')}</p>}
      {status && status.loopbackUrl !== null && (
        <p>{status.open ? t('lan.invite.openIntro') : t('lan.invite.closedIntro')}</p>
      )}
      <ErrorMessage error={lan.error} />
      {addresses.length > 0 && (
        <ul className="invite-addresses">
          {addresses.map((entry) => (
            <AddressCard key={entry.key} entry={entry} />
          ))}
        </ul>
      )}
      {status && status.loopbackUrl !== null && (
        <div className="invite-switch">
          {status.open ? (
            <button type="button" disabled={lan.busy} onClick={() => setConfirmClose(true)}>
              {t('lan.invite.close')}
            </button>
          ) : (
            <button type="button" className="primary" disabled={lan.busy} onClick={() => void lan.open()}>
              {t('lan.invite.open')}
            </button>
          )}
        </div>
      )}
      {confirmClose && (
        <ConfirmDialog
          title={t('lan.invite.closeConfirm.title')}
          message={t('lan.invite.closeConfirm.message')}
          confirmLabel={t('lan.invite.closeConfirm.confirm')}
          onCancel={() => setConfirmClose(false)}
          onConfirm={() => {
            setConfirmClose(false);
            void lan.close();
          }}
        />
      )}
    </div>
  );
}

/** The console's "Invite participants" button and the dialog it opens. */
export function InviteButton(props: { joinCode: string }) {
  const { t } = useTranslation();
  return (
    <DialogButton label={t('lan.invite.button')} title={t('lan.invite.title')}>
      <InvitePanel joinCode={props.joinCode} />
    </DialogButton>
  );
}
