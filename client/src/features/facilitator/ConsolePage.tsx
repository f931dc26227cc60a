import { useState } from 'react';
import type { WorkshopSnapshot } from '@visiebord/shared/doc';
import { useStore } from 'zustand';
import '../../i18n/sources/common';
import '../../i18n/sources/console';
import '../../i18n/sources/board';
import '../../i18n/sources/trajectory';
import { useT, useWorkshopLanguage } from '../../i18n/useT';
import { joinUrl, readKeyFromHash } from '../../lib/location';
import { loadSavedWorkshop } from '../../lib/savedWorkshops';
import { ConnectionStatus, FinalProblem, MissingKey } from '../workshop/ConnectionStatus';
import { usePublicWorkshop } from '../workshop/usePublicWorkshop';
import { useWorkshopSync } from '../workshop/useWorkshopSync';
import { BeamerButton } from './BeamerButton';
import { CurrentStep } from './CurrentStep';
import { ExportMenu } from './export/ExportMenu';
import { StepList } from './StepList';
import { TrajectoryPanel } from '../trajectory/TrajectoryPanel';
import './console.css';

/** `/f/<id>#key=…`: the facilitator's console — steps, live notes, moderation, the beamer. */
export default function ConsolePage({ workshopId }: { workshopId: string }) {
  const t = useT('console');
  const [key] = useState(() => readKeyFromHash());
  const [saved] = useState(() => loadSavedWorkshop(workshopId));
  const { store, actions } = useWorkshopSync(workshopId, key);
  const known = saved ? { id: workshopId, title: '', joinCode: saved.joinCode } : null;
  const { info, error } = usePublicWorkshop(workshopId, key, known);
  const snapshot = useStore(store, (s) => s.snapshot);
  const synced = useStore(store, (s) => s.synced);
  const partOfTrajectory = useStore(store, (s) => s.inTrajectory);
  useWorkshopLanguage(snapshot?.locale ?? info?.language);

  if (!key) return <MissingKey surface="console" />;
  const joinCode = info?.joinCode;
  const title = snapshot?.title || info?.title || t('page.fallbackTitle');

  return (
    <div className="console">
      <header className="console-header">
        <div>
          <p className="console-kicker">{t('page.kicker')}</p>
          <h1>{title}</h1>
        </div>
        <div className="console-join" aria-label={t('page.join')}>
          {joinCode ? (
            <>
              <span className="console-join-code" data-testid="console-join-code">
                {joinCode}
              </span>
              <span className="console-join-url">{joinUrl(joinCode).replace(/^https?:\/\//, '')}</span>
            </>
          ) : (
            <span className="hint">{error ?? t('page.joinCodeLoading')}</span>
          )}
        </div>
        <div className="console-tools">
          <ConnectionStatus store={store} />
          <div className="console-tool-buttons">
            <BeamerButton saved={saved} />
            <ExportMenu workshopId={workshopId} facilitatorKey={key} title={title} />
          </div>
        </div>
      </header>
      <FinalProblem store={store} />
      {!synced || !snapshot ? (
        <p className="page-loading" role="status">
          {t('page.loading')}
        </p>
      ) : (
        <div className="console-body">
          <StepList snapshot={snapshot} onGoTo={actions.goToStep} />
          <CurrentStep workshopId={workshopId} facilitatorKey={key} snapshot={snapshot} store={store} actions={actions} />
        </div>
      )}
      {synced && snapshot && (finished(snapshot) || partOfTrajectory) && (
        // During the study day the board needs the room (and the server its time): the trajectory
        // is shown, and fetched, only at the day's end or once there is a follow-up.
        <TrajectoryPanel workshopId={workshopId} facilitatorKey={key} title={title} finished={finished(snapshot)} />
      )}
    </div>
  );
}

const finished = (snapshot: WorkshopSnapshot) => snapshot.currentStepId === snapshot.steps.at(-1)?.id;
