// "Open projector window": the projector's own secret from the host, then, in the desktop
// app, a window of its own (on a second screen when there is one); in a browser, a new
// tab. The tab opens without an opener, so it shares nothing of this page (not the staff
// key kept in this tab's storage); the link stays on screen in case pop-ups are blocked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../shared/api/bridge';
import { unwrap } from '../../../shared/api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApi } from '../../api/ApiContext';
import { projectorUrl } from '../../../shared/session/links';

export function ProjectorButton(props: { sessionId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<string | null>(null);

  const open = async () => {
    setError(null);
    try {
      const { secret } = await api.call('session.projectorLink', { sessionId: props.sessionId });
      const bridge = window.drillbook;
      if (bridge) {
        unwrap(await bridge.openWindow('projector', secret));
        return;
      }
      const url = projectorUrl(window.location.origin, secret);
      window.open(url, '_blank', 'noopener,noreferrer');
      setOpened(url);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void open()}>
        {t('lan.projector.open')}
      </button>
      <ErrorMessage error={error} />
      {opened && (
        <p className="projector-fallback" role="status">
          {t('lan.projector.blocked', { url: opened })}
        </p>
      )}
    </>
  );
}
