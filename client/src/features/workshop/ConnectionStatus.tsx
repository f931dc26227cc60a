import { useStore } from 'zustand';
import type { SyncStatus, WorkshopStore } from '../../state/workshopStore';

const LABELS: Record<SyncStatus, { text: string; tone: 'ok' | 'wait' | 'bad' }> = {
  connecting: { text: 'Verbinden…', tone: 'wait' },
  connected: { text: 'Verbonden', tone: 'ok' },
  disconnected: { text: 'Verbinding verbroken — opnieuw verbinden…', tone: 'wait' },
  unauthorized: { text: 'Deze sleutel is ongeldig', tone: 'bad' },
  gone: { text: 'Deze workshop bestaat niet meer', tone: 'bad' },
};

export function ConnectionStatus({ store, className = '' }: { store: WorkshopStore; className?: string }) {
  const status = useStore(store, (s) => s.status);
  const label = LABELS[status];
  return (
    <span className={`status-pill ${label.tone} ${className}`} role="status" aria-live="polite" data-testid="connection-status" data-status={status}>
      {label.text}
    </span>
  );
}

/** Full-page explanation when the key is wrong or the workshop is gone: retrying cannot help. */
export function FinalProblem({ store }: { store: WorkshopStore }) {
  const status = useStore(store, (s) => s.status);
  if (status !== 'unauthorized' && status !== 'gone') return null;
  return (
    <div className="final-problem" role="alert">
      <h1>{LABELS[status].text}</h1>
      <p>
        {status === 'unauthorized'
          ? 'De link die je gebruikt klopt niet (meer). Gebruik de volledige link die je kreeg toen de workshop werd aangemaakt, inclusief het deel na #key=.'
          : 'De workshop is verwijderd of heeft nooit bestaan. Maak een nieuwe workshop op de startpagina.'}
      </p>
      <p>
        <a href="/">Naar de startpagina</a>
      </p>
    </div>
  );
}

/** Shown when a console or beamer link lacks its `#key=…`. */
export function MissingKey({ surface }: { surface: 'console' | 'beamer' }) {
  return (
    <main className="page narrow">
      <div className="card final-problem" role="alert">
        <h1>De sleutel ontbreekt</h1>
        <p>
          Deze {surface === 'console' ? 'console' : 'beamerweergave'} opent alleen met de volledige link, inclusief het deel na{' '}
          <code>#key=</code>. Gebruik de link die je kreeg toen je de workshop aanmaakte.
        </p>
        <p>
          <a href="/">Naar de startpagina</a>
        </p>
      </div>
    </main>
  );
}
