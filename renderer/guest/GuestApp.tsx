// The pages a guest sees (the join page with the waiting room, the team view and the
// evaluators' and controllers' consoles; the projector), on their own connection to the
// host as a guest. The staff screens and the staff key are never
// loaded here.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiContext } from '../api/ApiContext';
import type { ConnectionState } from '../api/wsTransport';
import { LanguageSelect } from '../components/LanguageSelect';
import type { GuestRoute } from '../router';
import { connectGuest, SECRET_KEYS, takeSecretFromFragment } from './guestConnection';
import { GuestContext, type GuestContextValue, type GuestIdentity } from './GuestContext';
import { JoinScreen } from './JoinScreen';
import { ProjectorScreen } from './ProjectorScreen';

export function GuestApp({ route }: { route: GuestRoute }) {
  const { t } = useTranslation();
  const kind = route.name;
  const [state, setState] = useState<ConnectionState>('connecting');
  const [identity, setIdentity] = useState<GuestIdentity>(() => {
    // First, so the projector link's secret is kept before the connection looks for it.
    if (kind !== 'join') takeSecretFromFragment(kind, window.location, window.localStorage);
    return window.localStorage.getItem(SECRET_KEYS[kind]) ? { status: 'resuming' } : { status: 'none' };
  });
  const connection = useMemo(() => {
    return connectGuest(kind, window.localStorage, {
      onState: setState,
      onResume: (result) =>
        setIdentity(
          result.ok
            ? { status: 'known', principal: result.principal }
            : { status: 'lost', messageKey: result.messageKey },
        ),
    });
  }, [kind]);
  const value = useMemo<GuestContextValue>(
    () => ({
      connection,
      identity,
      joined(secret, principal) {
        connection.remember(secret);
        setIdentity({ status: 'known', principal });
      },
      leave() {
        connection.forget();
        setIdentity({ status: 'none' });
      },
      recheck() {
        connection.whoAmI().then(
          (result) =>
            setIdentity(
              result.ok
                ? { status: 'known', principal: result.principal }
                : { status: 'lost', messageKey: result.messageKey },
            ),
          // The connection dropped: when it is back it says who this is by itself (onResume).
          (error: unknown) => console.warn('could not ask the host who this browser is', error),
        );
      },
    }),
    [connection, identity],
  );
  return (
    <ApiContext.Provider value={connection.api}>
      <GuestContext.Provider value={value}>
        <header className="app-header">
          <span className="brand">{t('common.appName')}</span>
          {state !== 'open' && (
            <span role="status" className="connection">
              {t(`guest.connection.${state}`)}
            </span>
          )}
          <LanguageSelect />
        </header>
        {route.name === 'join' && <JoinScreen code={route.code} online={state === 'open'} />}
        {route.name === 'projector' && <ProjectorScreen />}
      </GuestContext.Provider>
    </ApiContext.Provider>
  );
}
