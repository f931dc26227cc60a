import { useStore } from 'zustand';
import type { SyncStatus, WorkshopStore } from '../../state/workshopStore';
import { useT } from '../../i18n/useT';

// The text of each status is `connection.<status>` in the common namespace.
const TONES: Record<SyncStatus, 'ok' | 'wait' | 'bad'> = {
  connecting: 'wait',
  connected: 'ok',
  disconnected: 'wait',
  unauthorized: 'bad',
  gone: 'bad',
};

export function ConnectionStatus({ store, className = '' }: { store: WorkshopStore; className?: string }) {
  const status = useStore(store, (s) => s.status);
  const t = useT('common');
  return (
    <span className={`status-pill ${TONES[status]} ${className}`} role="status" aria-live="polite" data-testid="connection-status" data-status={status}>
      {t(`connection.${status}`)}
    </span>
  );
}

/** Full-page explanation when the key is wrong or the workshop is gone: retrying cannot help. */
export function FinalProblem({ store }: { store: WorkshopStore }) {
  const status = useStore(store, (s) => s.status);
  const t = useT('common');
  if (status !== 'unauthorized' && status !== 'gone') return null;
  return (
    <div className="final-problem" role="alert">
      <h1>{t(`connection.${status}`)}</h1>
      <p>{t(status === 'unauthorized' ? 'connection.unauthorizedHelp' : 'connection.goneHelp')}</p>
      <p>
        <a href="/">{t('toHome')}</a>
      </p>
    </div>
  );
}

/** Shown when a console or beamer link lacks its `#key=…`. */
export function MissingKey({ surface }: { surface: 'console' | 'beamer' }) {
  const t = useT('common');
  return (
    <main className="page narrow">
      <div className="card final-problem" role="alert">
        <h1>{t('missingKey.title')}</h1>
        <p>
          {t(`missingKey.${surface}`)} <code>#key=</code>. {t('missingKey.useLink')}
        </p>
        <p>
          <a href="/">{t('toHome')}</a>
        </p>
      </div>
    </main>
  );
}
