import { useState } from 'react';
import { useStore } from 'zustand';
import { readKeyFromHash } from '../../lib/location';
import { ConnectionStatus, FinalProblem, MissingKey } from '../workshop/ConnectionStatus';
import { usePublicWorkshop } from '../workshop/usePublicWorkshop';
import { useWorkshopSync } from '../workshop/useWorkshopSync';
import { BeamerCanvas } from './BeamerCanvas';
import { JoinPanel } from './JoinPanel';
import './beamer.css';

/** `/b/<id>#key=…`: the projector. Read-only, big and high-contrast; the way in is always visible. */
export default function BeamerPage({ workshopId }: { workshopId: string }) {
  const [key] = useState(() => readKeyFromHash());
  const { store } = useWorkshopSync(workshopId, key);
  const { info, error } = usePublicWorkshop(workshopId, key);
  const snapshot = useStore(store, (s) => s.snapshot);
  const status = useStore(store, (s) => s.status);

  if (!key) return <MissingKey surface="beamer" />;
  const step = snapshot?.steps.find((s) => s.id === snapshot.currentStepId);
  const canvases = step ? (snapshot?.canvases ?? []).filter((c) => step.canvasIds.includes(c.id)) : [];

  return (
    <div className="beamer">
      <main className="beamer-main">
        <FinalProblem store={store} />
        {status !== 'gone' && status !== 'unauthorized' && (
          <>
            <header className="beamer-header">
              <p className="beamer-workshop-title">{snapshot?.title || info?.title || 'Visiebord'}</p>
              <h1 className="beamer-step-title">{step?.title ?? 'Welkom'}</h1>
              {step?.body && canvases.length === 0 && <p className="beamer-step-body">{step.body}</p>}
            </header>
            {canvases.length > 0 && (
              <div className={`beamer-canvases count-${Math.min(canvases.length, 4)}`}>
                {canvases.map((canvas) => (
                  <BeamerCanvas key={canvas.id} canvas={canvas} />
                ))}
              </div>
            )}
          </>
        )}
      </main>
      <JoinPanel joinCode={info?.joinCode ?? null} error={error} />
      <ConnectionStatus store={store} className="beamer-status" />
    </div>
  );
}
