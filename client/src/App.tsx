import { lazy, Suspense, useSyncExternalStore } from 'react';
import './i18n/sources/common';
import { useT } from './i18n/useT';
import { currentPathname, parseRoute, subscribeToLocation } from './router';

// One chunk per surface: a phone on weak wifi downloads no Yjs, no QR code and no board.
const LandingPage = lazy(() => import('./features/landing/LandingPage'));
const ConsolePage = lazy(() => import('./features/facilitator/ConsolePage'));
const BeamerPage = lazy(() => import('./features/beamer/BeamerPage'));
const PhonePage = lazy(() => import('./features/phone/PhonePage'));

export function App() {
  const pathname = useSyncExternalStore(subscribeToLocation, currentPathname);
  const route = parseRoute(pathname);
  const t = useT('common');
  return (
    <Suspense fallback={<p className="page-loading" role="status">{t('loading')}</p>}>
      {route.name === 'landing' && <LandingPage />}
      {route.name === 'facilitator' && <ConsolePage key={route.workshopId} workshopId={route.workshopId} />}
      {route.name === 'beamer' && <BeamerPage key={route.workshopId} workshopId={route.workshopId} />}
      {route.name === 'phone' && <PhonePage key={route.code} rawCode={route.code} />}
      {route.name === 'notFound' && <NotFound />}
    </Suspense>
  );
}

function NotFound() {
  const t = useT('common');
  return (
    <main className="page narrow">
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.checkAddress')} <a href="/">{t('notFound.home')}</a> {t('notFound.toJoin')}
      </p>
    </main>
  );
}
