import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiContext } from './api/ApiContext';
import { connect } from './api/connect';
import type { ConnectionState } from './api/wsTransport';
import { LanguageSelect } from './components/LanguageSelect';
import { StartupNotices } from './components/StartupNotices';
import { LibraryScreen } from './screens/library/LibraryScreen';
import { EditorScreen } from './screens/editor/EditorScreen';
import { ConsoleScreen } from './screens/session/ConsoleScreen';
import { GuestApp } from './guest/GuestApp';
import { isGuestRoute, useRoute, type Route } from './router';

export function App() {
  const route = useRoute();
  // A guest page never loads the staff connection (nor needs the staff key).
  if (isGuestRoute(route)) return <GuestApp route={route} />;
  return <StaffApp route={route} />;
}

function StaffApp({ route }: { route: Exclude<Route, { name: 'join' | 'projector' }> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<ConnectionState>('connecting');
  const connection = useMemo(() => connect(setState), []);

  if (!connection.api) {
    return (
      <main className="centered">
        <h1>{t('common.appName')}</h1>
        <p role="alert">{t('common.noToken')}</p>
      </main>
    );
  }
  return (
    <ApiContext.Provider value={connection.api}>
      <header className="app-header">
        <a className="brand" href="#/">
          {t('common.appName')}
        </a>
        {state !== 'open' && (
          <span role="status" className="connection">
            {t(`common.connection.${state}`)}
          </span>
        )}
        <LanguageSelect />
      </header>
      <StartupNotices />
      {route.name === 'editor' && <EditorScreen key={route.id} id={route.id} online={state === 'open'} />}
      {route.name === 'session' && <ConsoleScreen key={route.id} id={route.id} />}
      {route.name === 'library' && <LibraryScreen />}
    </ApiContext.Provider>
  );
}
