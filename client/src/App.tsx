import { lazy, Suspense, useSyncExternalStore } from 'react';
import { currentPathname, parseRoute, subscribeToLocation } from './router';

// One chunk per surface: a phone on weak wifi downloads no Yjs, no QR code and no board.
const LandingPage = lazy(() => import('./features/landing/LandingPage'));
const ConsolePage = lazy(() => import('./features/facilitator/ConsolePage'));
const BeamerPage = lazy(() => import('./features/beamer/BeamerPage'));
const PhonePage = lazy(() => import('./features/phone/PhonePage'));

export function App() {
  const pathname = useSyncExternalStore(subscribeToLocation, currentPathname);
  const route = parseRoute(pathname);
  return (
    <Suspense fallback={<p className="page-loading" role="status">Laden…</p>}>
      {route.name === 'landing' && <LandingPage />}
      {route.name === 'facilitator' && <ConsolePage key={route.workshopId} workshopId={route.workshopId} />}
      {route.name === 'beamer' && <BeamerPage key={route.workshopId} workshopId={route.workshopId} />}
      {route.name === 'phone' && <PhonePage key={route.code} rawCode={route.code} />}
      {route.name === 'notFound' && <NotFound />}
    </Suspense>
  );
}

function NotFound() {
  return (
    <main className="page narrow">
      <h1>Deze pagina bestaat niet</h1>
      <p>
        Controleer het adres, of ga naar <a href="/">de startpagina van Visiebord</a> om mee te doen met een code.
      </p>
    </main>
  );
}
