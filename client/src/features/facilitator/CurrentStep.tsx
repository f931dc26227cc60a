import type { WorkshopSnapshot } from '@visiebord/shared/doc';
import { useStore } from 'zustand';
import { useT } from '../../i18n/useT';
import type { WorkshopActions } from '../../state/workshopActions';
import type { WorkshopStore } from '../../state/workshopStore';
import { ConsoleCanvas } from './ConsoleCanvas';
import { ExplainVerdict } from './ExplainVerdict';
import { PresencePanel } from './PresencePanel';
import { ResetStepButton } from './ResetStepButton';
import { SpotlightBar } from './SpotlightBar';
import { StepResults } from './StepResults';
import { stepTypeLabel } from './stepTypes';
import { SynthesisButton } from './synthesis/SynthesisButton';
import { StepTimer } from './timer/StepTimer';
import { VisionEditor } from './vision/VisionEditor';
import './stepControls.css';

// Steps where phones answer something, so "geantwoord" means something.
const ANSWERABLE = new Set(['prompt', 'poll', 'vote', 'group', 'synthesis', 'rubric', 'explain']);

type Props = { workshopId: string; facilitatorKey: string; snapshot: WorkshopSnapshot; store: WorkshopStore; actions: WorkshopActions };

/** The step the room is in: its controls (timer, presence, spotlight, reset), the facilitator's notes, and its canvases live. */
export function CurrentStep({ workshopId, facilitatorKey, snapshot, store, actions }: Props) {
  const t = useT('console');
  const flow = useStore(store, (s) => s.flow);
  const presence = useStore(store, (s) => s.presence);
  const results = useStore(store, (s) => s.results);
  const step = snapshot.steps.find((s) => s.id === snapshot.currentStepId);
  if (!step) return <section className="current-step">{t('steps.noCurrent')}</section>;
  const canvases = snapshot.canvases.filter((c) => step.canvasIds.includes(c.id));
  const spotlight = flow?.spotlight ?? null;
  return (
    <section className="current-step" aria-labelledby="current-step-title" data-testid="current-step" data-step-id={step.id}>
      <p className="console-kicker">{t('steps.nowOnScreen')}</p>
      <h2 id="current-step-title">{step.title}</h2>
      <p className="step-facts" data-testid="step-facts">
        {stepTypeLabel(t, step.type)}
        {' · '}
        {step.minutes ? t('steps.minutesSuggested', { count: step.minutes }) : t('steps.noTimeSuggested')}
        {step.part ? ` · ${step.part}` : ''}
      </p>
      <div className="step-panels">
        <StepTimer key={step.id} workshopId={workshopId} facilitatorKey={facilitatorKey} stepId={step.id} minutes={step.minutes} timer={flow?.timer ?? null} />
        <PresencePanel presence={presence} stepId={step.id} answerable={ANSWERABLE.has(step.type)} />
        <StepResults step={step} snapshot={snapshot} flow={flow} results={results} actions={actions} />
        {step.type === 'explain' && <ExplainVerdict key={step.id} workshopId={workshopId} facilitatorKey={facilitatorKey} stepId={step.id} store={store} />}
      </div>
      {step.facilitatorNotes && (
        <aside className="facilitator-notes" data-testid="facilitator-notes">
          <strong>{t('steps.facilitatorNotes')}</strong> {step.facilitatorNotes}
        </aside>
      )}
      {step.body && <p className="step-body">{step.body}</p>}
      <SpotlightBar spotlight={spotlight} canvases={snapshot.canvases} onOff={() => actions.setSpotlight(null)} />
      {step.type === 'synthesis' && <SynthesisButton workshopId={workshopId} facilitatorKey={facilitatorKey} canvasIds={step.canvasIds} />}
      {canvases.length > 0 && (
        <div className="console-canvases">
          {canvases.map((canvas) => (
            <ConsoleCanvas key={canvas.id} canvas={canvas} actions={actions} spotlight={spotlight} />
          ))}
        </div>
      )}
      {step.type === 'synthesis' && <VisionEditor store={store} actions={actions} stepId={step.id} canvases={canvases} />}
      {ANSWERABLE.has(step.type) && (
        <div className="step-reset">
          <ResetStepButton key={step.id} stepTitle={step.title} onReset={() => actions.resetStep(step.id)} />
        </div>
      )}
    </section>
  );
}
