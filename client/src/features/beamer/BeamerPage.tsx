import { useState } from 'react';
import { useStore } from 'zustand';
import '../../i18n/sources/beamer';
import { useT, useWorkshopLanguage } from '../../i18n/useT';
import { readKeyFromHash } from '../../lib/location';
import { ConnectionStatus, FinalProblem, MissingKey } from '../workshop/ConnectionStatus';
import { usePublicWorkshop } from '../workshop/usePublicWorkshop';
import { useWorkshopSync } from '../workshop/useWorkshopSync';
import { BeamerTimer } from './BeamerTimer';
import { JoinPanel } from './JoinPanel';
import { ANSWERING_STEPS, presenceText } from './logic/presenceText';
import { spotlightContent } from './logic/spotlightContent';
import { SpotlightView } from './SpotlightView';
import { StepStage } from './StepStage';
import { useServerClock } from '../workshop/useServerClock';
import './beamer.css';
import './beamerResults.css';
import './beamerText.css';

/** `/b/<id>#key=…`: the projector. Read-only, big and high-contrast; the way in is always visible. */
export default function BeamerPage({ workshopId }: { workshopId: string }) {
  const [key] = useState(() => readKeyFromHash());
  const { store } = useWorkshopSync(workshopId, key);
  const { info, error } = usePublicWorkshop(workshopId, key);
  const snapshot = useStore(store, (s) => s.snapshot);
  const flow = useStore(store, (s) => s.flow);
  const presence = useStore(store, (s) => s.presence);
  const status = useStore(store, (s) => s.status);
  const { offset } = useServerClock(workshopId, key, status);
  useWorkshopLanguage(snapshot?.locale ?? info?.language);
  const t = useT('beamer');

  if (!key) return <MissingKey surface="beamer" />;
  const step = snapshot?.steps.find((s) => s.id === snapshot.currentStepId);
  const spotlight = spotlightContent(snapshot?.canvases ?? [], flow?.spotlight ?? null);
  const people = presenceText(presence, step?.id, step ? ANSWERING_STEPS.has(step.type) : false);

  return (
    <div className="beamer" data-step-type={step?.type ?? ''}>
      <main className="beamer-main">
        <FinalProblem store={store} />
        {status !== 'gone' && status !== 'unauthorized' && (
          <>
            <header className="beamer-header">
              <div className="beamer-heading">
                <p className="beamer-workshop-title">{snapshot?.title || info?.title || 'Visiebord'}</p>
                <h1 className={(step?.title.length ?? 0) > 40 ? 'beamer-step-title long' : 'beamer-step-title'} data-testid="beamer-step-title">
                  {step?.title ?? t('welcome')}
                </h1>
              </div>
              <div className="beamer-meta">
                <BeamerTimer timer={flow?.timer ?? null} stepId={step?.id} offset={offset} />
                {people && (
                  <p className="beamer-presence" data-testid="beamer-presence" aria-live="polite">
                    {people}
                  </p>
                )}
              </div>
            </header>
            <div className="beamer-stage">
              {spotlight ? <SpotlightView content={spotlight} /> : step && <StepStage step={step} store={store} workshopId={workshopId} beamerKey={key} />}
            </div>
          </>
        )}
      </main>
      <JoinPanel joinCode={info?.joinCode ?? null} error={error} />
      <ConnectionStatus store={store} className="beamer-status" />
    </div>
  );
}
