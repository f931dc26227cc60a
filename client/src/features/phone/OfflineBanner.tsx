import { useStore } from 'zustand';
import type { PhoneStore } from '../../state/phoneStore';

/** Says plainly when the phone cannot reach the server, and that nothing typed is lost. */
export function OfflineBanner({ store }: { store: PhoneStore }) {
  const live = useStore(store, (s) => s.live);
  const online = useStore(store, (s) => s.browserOnline);
  const waiting = useStore(store, (s) => s.outbox.entries.filter((e) => e.state !== 'failed').length);
  const offline = !online || live === 'closed';
  return (
    <div aria-live="polite" className="offline-slot">
      {offline && (
        <p className="offline-banner" data-testid="offline-banner" role="status">
          <strong>Je bent offline</strong> — je notities en antwoorden worden bewaard en verstuurd zodra er weer verbinding is.
          {waiting > 0 && ` Nog ${waiting} te versturen.`}
        </p>
      )}
    </div>
  );
}
