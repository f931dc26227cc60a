import { useStore } from 'zustand';
import type { PhoneStore } from '../../state/phoneStore';
import { useT } from '../../i18n/useT';

/** Says plainly when the phone cannot reach the server, and that nothing typed is lost. */
export function OfflineBanner({ store }: { store: PhoneStore }) {
  const live = useStore(store, (s) => s.live);
  const online = useStore(store, (s) => s.browserOnline);
  const waiting = useStore(store, (s) => s.outbox.entries.filter((e) => e.state !== 'failed').length);
  const offline = !online || live === 'closed';
  const t = useT('phone');
  return (
    <div aria-live="polite" className="offline-slot">
      {offline && (
        <p className="offline-banner" data-testid="offline-banner" role="status">
          <strong>{t('offline.title')}</strong> {t('offline.text')}
          {waiting > 0 && ` ${t('offline.waiting', { count: waiting })}`}
        </p>
      )}
    </div>
  );
}
