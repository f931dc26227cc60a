import { explainNormOf } from '@visiebord/shared/rules';
import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { useExplainScore } from '../../workshop/useExplainScore';
import { missedThemes } from '../logic/explainSummary';
import { useT } from '../../../i18n/useT';
import { QuestionSection } from './QuestionSection';

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
  const t = useT('beamer');
  return (
    <QuestionSection id="beamer-explain-prompt" className="beamer-explain" question={step.prompt}>
      <div className="beamer-explain-score" aria-live="polite">
        <p className="beamer-explain-percent" data-testid="beamer-explain-percent" data-percent={score?.percent ?? ''} data-meets-norm={score ? String(score.meetsNorm) : ''}>
          {score ? `${score.percent}%` : '…'}
        </p>
        <p className="beamer-explain-caption">
          {score ? (
            <>
              <span data-testid="beamer-explain-count">{t('explain.count', { explaining: score.explaining, participants: score.participants })}</span>{' '}
              {t('explain.caption', { count: score.participants })}
            </>
          ) : (
            t('explain.counting')
          )}
        </p>
      </div>
      <div className="beamer-norm-track" role="img" aria-label={t('explain.against', { percent, norm })}>
        <span className={`beamer-norm-fill ${score?.meetsNorm ? 'met' : ''}`} style={{ width: `${percent}%` }} />
        <span className="beamer-norm-marker" style={{ left: `${norm}%` }} data-testid="beamer-explain-norm">
          <span className="beamer-norm-label">{t('explain.norm', { norm })}</span>
        </span>
      </div>
      {missed.length > 0 && (
        <p className="beamer-missed" data-testid="beamer-explain-missed">
          <strong>{t('explain.missed')}</strong> {missed.join(' · ')}
        </p>
      )}
      {score?.meetsNorm && <p className="beamer-norm-met">{t('explain.met')}</p>}
    </QuestionSection>
  );
}
