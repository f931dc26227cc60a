import type { WorkshopSnapshot } from '@visiebord/shared/doc';
import { useT } from '../../i18n/useT';
import { stepTypeLabel } from './stepTypes';

/** The script's steps; the current one marked. Click a step to go there, or step forward and back. */
export function StepList({ snapshot, onGoTo }: { snapshot: WorkshopSnapshot; onGoTo: (stepId: string) => void }) {
  const t = useT('console');
  const { steps, currentStepId } = snapshot;
  const index = steps.findIndex((s) => s.id === currentStepId);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index >= 0 ? steps[index + 1] : steps[0];
  return (
    <nav className="step-nav" aria-label={t('steps.nav')}>
      <div className="step-buttons">
        <button type="button" className="button secondary" disabled={!previous} onClick={() => previous && onGoTo(previous.id)} data-testid="console-previous-step">
          {t('steps.previous')}
        </button>
        <button type="button" className="button" disabled={!next} onClick={() => next && onGoTo(next.id)} data-testid="console-next-step">
          {t('steps.next')}
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
                    {stepTypeLabel(t, step.type)}
                    {step.minutes ? ` · ${t('steps.minutesShort', { minutes: step.minutes })}` : ''}
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
