import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { explainSummary } from '../logic/explainSummary';
import { useExplainScore } from '../useExplainScore';

/**
 * The explain step: the share of colleagues who can explain the vision in their own words, on a
 * bar with the norm marked (80% in the rubric's phase 3), and the themes the room names least.
 */
export function ExplainScore({ step, store, workshopId, beamerKey }: { step: StepOf<'explain'>; store: WorkshopStore; workshopId: string; beamerKey: string }) {
  const submitted = useStore(store, (s) => s.results?.explanations.find((e) => e.stepId === step.id)?.count ?? 0);
  const score = useExplainScore(workshopId, beamerKey, step.id, submitted);
  const summary = score ? explainSummary(score) : null;
  const norm = summary?.norm ?? step.norm ?? 80;
  return (
    <section className="beamer-explain" aria-labelledby="beamer-explain-prompt">
      <h2 id="beamer-explain-prompt" className="beamer-question">
        {step.prompt}
      </h2>
      <div className="beamer-explain-score" aria-live="polite">
        <p className="beamer-explain-percent" data-testid="beamer-explain-percent" data-percent={summary?.percent ?? ''}>
          {summary ? `${summary.percent}%` : '…'}
        </p>
        <p className="beamer-explain-caption">
          {summary ? (
            <>
              <span data-testid="beamer-explain-count">
                {summary.explaining} van {summary.submitted}
              </span>{' '}
              {summary.submitted === 1 ? 'collega legt' : 'collega’s leggen'} de visie uit in eigen woorden
            </>
          ) : (
            'Uitleggen worden geteld…'
          )}
        </p>
      </div>
      <div className="beamer-norm-track" role="img" aria-label={`${summary?.percent ?? 0}% tegen een norm van ${norm}%`}>
        <span className={`beamer-norm-fill ${summary?.meetsNorm ? 'met' : ''}`} style={{ width: `${summary?.percent ?? 0}%` }} />
        <span className="beamer-norm-marker" style={{ left: `${norm}%` }} data-testid="beamer-explain-norm">
          <span className="beamer-norm-label">norm {norm}%</span>
        </span>
      </div>
      {summary && summary.missed.length > 0 && (
        <p className="beamer-missed" data-testid="beamer-explain-missed">
          <strong>Nog weinig genoemd:</strong> {summary.missed.join(' · ')}
        </p>
      )}
      {summary?.meetsNorm && <p className="beamer-norm-met">De norm is gehaald</p>}
    </section>
  );
}
