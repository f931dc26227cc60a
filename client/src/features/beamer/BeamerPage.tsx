import type { CanvasView } from '@visiebord/shared/doc';
import { useState, type CSSProperties } from 'react';
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
              <div className={`beamer-canvases count-${Math.min(canvases.length, 4)}`} style={rowWeights(canvases)}>
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

/** In the 2×2 layout the row with more notes gets more height; an empty row keeps enough for its prompt. */
function rowWeights(canvases: CanvasView[]): CSSProperties | undefined {
  if (canvases.length !== 4) return undefined;
  const visible = (c: CanvasView | undefined) => (c?.revealed ? c.notes.filter((n) => !n.hidden).length : 0);
  const top = 1 + visible(canvases[0]) + visible(canvases[1]);
  const bottom = 1 + visible(canvases[2]) + visible(canvases[3]);
  return { gridTemplateRows: `minmax(22vh, ${top}fr) minmax(22vh, ${bottom}fr)` };
}
