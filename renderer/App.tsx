import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillbookApi } from '../shared/api/contract';
import { ApiContext } from './api/ApiContext';
import { staffConnection } from './api/connect';
import type { ConnectionState } from './api/wsTransport';
import { LanguageSelect } from './components/LanguageSelect';
import { StartupNotices } from './components/StartupNotices';
import { LibraryScreen } from './screens/library/LibraryScreen';
import { isGuestRoute, type Route } from './router';
import { useRoute } from './useRoute';

// The editor and the console load when first opened: the library, where the app opens,
// then shows its first card without waiting for code it does not run.
const EditorScreen = lazy(() => import('./screens/editor/EditorScreen').then((m) => ({ default: m.EditorScreen })));
const GuestApp = lazy(() => import('./guest/GuestApp').then((m) => ({ default: m.GuestApp })));
const ConsoleScreen = lazy(() => import('./screens/session/ConsoleScreen').then((m) => ({ default: m.ConsoleScreen })));

export function App() {
  const route = useRoute();
  // A guest page never loads the staff connection (nor needs the staff key).
  if (isGuestRoute(route))
    return (
      <Suspense fallback={null}>
        <GuestApp key={route.name} route={route} />
      </Suspense>
    );
  return <StaffApp route={route} />;
}

function StaffApp({ route }: { route: StaffRoute }) {
  const { t } = useTranslation();
  const connection = staffConnection();
  const state = useSyncExternalStore(connection.onStateChange, connection.state);

  if (!connection.api) {
    return (
      <main className="centered">
        <h1>{t('common.appName')}</h1>
        <p role="alert">{t('common.noToken')}</p>
      </main>
    );
  }
  return <StaffShell api={connection.api} state={state} route={route} />;
}

export type StaffRoute = Exclude<Route, { name: 'join' | 'projector' }>;

/** The staff app's header and screen: what the host also renders into a staff link's page (prerender.tsx). */
export function StaffShell({ api, state, route }: { api: DrillbookApi; state: ConnectionState; route: StaffRoute }) {
  const { t } = useTranslation();
  return (
    <ApiContext.Provider value={api}>
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
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        {route.name === 'editor' && <EditorScreen key={route.id} id={route.id} online={state === 'open'} />}
        {route.name === 'session' && <ConsoleScreen key={route.id} id={route.id} />}
        {route.name === 'library' && <LibraryScreen />}
      </Suspense>
    </ApiContext.Provider>
  );
}
