import { explainNormOf } from '@visiebord/shared/rules';
import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { useExplainScore } from '../../workshop/useExplainScore';
import { missedThemes } from '../logic/explainSummary';

/**
 * The explain step: the share of colleagues who can explain the vision in their own words, on a
 * bar with the norm marked (80% in the rubric's phase 3), and the themes the room names least.
 * The share is of everyone who joined, the same figure the console and the export give.
 */
export function ExplainScore({ step, store, workshopId, beamerKey }: { step: StepOf<'explain'>; store: WorkshopStore; workshopId: string; beamerKey: string }) {
  const submitted = useStore(store, (s) => s.results?.explanations.find((e) => e.stepId === step.id)?.count ?? 0);
  const score = useExplainScore(workshopId, beamerKey, step.id, submitted);
  const missed = score ? missedThemes(score) : [];
  const norm = score?.norm ?? explainNormOf(step);
  const percent = score?.percent ?? 0;
  return (
    <section className="beamer-explain" aria-labelledby="beamer-explain-prompt">
      <h2 id="beamer-explain-prompt" className="beamer-question">
        {step.prompt}
      </h2>
      <div className="beamer-explain-score" aria-live="polite">
        <p className="beamer-explain-percent" data-testid="beamer-explain-percent" data-percent={score?.percent ?? ''} data-meets-norm={score ? String(score.meetsNorm) : ''}>
          {score ? `${score.percent}%` : '…'}
        </p>
        <p className="beamer-explain-caption">
          {score ? (
            <>
              <span data-testid="beamer-explain-count">
                {score.explaining} van {score.participants}
              </span>{' '}
              {score.participants === 1 ? 'collega legt' : 'collega’s leggen'} de visie uit in eigen woorden
            </>
          ) : (
            'Uitleggen worden geteld…'
          )}
        </p>
      </div>
      <div className="beamer-norm-track" role="img" aria-label={`${percent}% tegen een norm van ${norm}%`}>
        <span className={`beamer-norm-fill ${score?.meetsNorm ? 'met' : ''}`} style={{ width: `${percent}%` }} />
        <span className="beamer-norm-marker" style={{ left: `${norm}%` }} data-testid="beamer-explain-norm">
          <span className="beamer-norm-label">norm {norm}%</span>
        </span>
      </div>
      {missed.length > 0 && (
        <p className="beamer-missed" data-testid="beamer-explain-missed">
          <strong>Nog weinig genoemd:</strong> {missed.join(' · ')}
        </p>
      )}
      {score?.meetsNorm && <p className="beamer-norm-met">De norm is gehaald</p>}
    </section>
  );
}
