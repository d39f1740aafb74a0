// What the host wants the facilitator to know about its start (an empty library file
// kept aside…), as a small banner under the header. Each can be dismissed; the host
// keeps them for its lifetime, so a reload shows them again until it restarts.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../shared/api/contract';
import { useApi } from '../api/ApiContext';

export function StartupNotices() {
  const { t } = useTranslation();
  const api = useApi();
  const [notices, setNotices] = useState<StartupNotice[]>([]);
  useEffect(() => {
    let live = true;
    api
      .call('app.info', {})
      .then((info) => {
        if (live) setNotices(info.notices);
      })
      // Without the notices the app still works; the host logged them too.
      .catch((error: unknown) => console.error(error));
    return () => {
      live = false;
    };
  }, [api]);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div key={`${notice.messageKey}-${index}`} role="status" className="notice">
          <span>{t(notice.messageKey, notice.details)}</span>
          <button type="button" onClick={() => setNotices((all) => all.filter((n) => n !== notice))}>
            {t('common.notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
