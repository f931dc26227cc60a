import type { WorkshopSnapshot } from '@visiebord/shared/doc';
import { STEP_TYPE_LABEL } from './stepTypes';

/** The script's steps; the current one marked. Click a step to go there, or step forward and back. */
export function StepList({ snapshot, onGoTo }: { snapshot: WorkshopSnapshot; onGoTo: (stepId: string) => void }) {
  const { steps, currentStepId } = snapshot;
  const index = steps.findIndex((s) => s.id === currentStepId);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index >= 0 ? steps[index + 1] : steps[0];
  return (
    <nav className="step-nav" aria-label="Stappen van de workshop">
      <div className="step-buttons">
        <button type="button" className="button secondary" disabled={!previous} onClick={() => previous && onGoTo(previous.id)} data-testid="console-previous-step">
          ← Vorige stap
        </button>
        <button type="button" className="button" disabled={!next} onClick={() => next && onGoTo(next.id)} data-testid="console-next-step">
          Volgende stap →
        </button>
      </div>
      <ol className="step-list">
        {steps.map((step, i) => {
          const current = step.id === currentStepId;
          return (
            <li key={step.id}>
              <button
                type="button"
                className={current ? 'step-item current' : 'step-item'}
                aria-current={current ? 'step' : undefined}
                data-testid="console-step"
                onClick={() => onGoTo(step.id)}
              >
                <span className="step-number">{i + 1}</span>
                <span className="step-text">
                  <span className="step-title">{step.title}</span>
                  <span className="step-meta">
                    {STEP_TYPE_LABEL[step.type] ?? step.type}
                    {step.minutes ? ` · ${step.minutes} min` : ''}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
