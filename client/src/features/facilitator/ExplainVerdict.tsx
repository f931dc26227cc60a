import { useStore } from 'zustand';
import { useT } from '../../i18n/useT';
import type { WorkshopStore } from '../../state/workshopStore';
import { useExplainScore } from '../workshop/useExplainScore';

type Props = { workshopId: string; facilitatorKey: string; stepId: string; store: WorkshopStore };

/**
 * The explain step's verdict for the facilitator: the same figure and norm verdict the beamer and
 * the Word export give (a share of everyone who joined, judged unrounded).
 */
export function ExplainVerdict({ workshopId, facilitatorKey, stepId, store }: Props) {
  const t = useT('console');
  const submitted = useStore(store, (s) => s.results?.explanations.find((e) => e.stepId === stepId)?.count ?? 0);
  const score = useExplainScore(workshopId, facilitatorKey, stepId, submitted);
  return (
    <section className="step-results" aria-labelledby="explain-verdict-title" data-testid="explain-verdict" data-meets-norm={score ? String(score.meetsNorm) : ''}>
      <h3 id="explain-verdict-title" className="panel-title">
        {t('explain.title')}
      </h3>
      <p aria-live="polite">
        {score ? (
          <>
            <strong data-testid="explain-verdict-percent">{score.percent}%</strong>{' '}
            {t('explain.detail', { explaining: score.explaining, participants: score.participants, count: score.submitted })} {t('explain.norm', { norm: score.norm })}{' '}
            <strong data-testid="explain-verdict-norm">{score.meetsNorm ? t('explain.met') : t('explain.notMet')}</strong>
          </>
        ) : (
          t('explain.counting')
        )}
      </p>
    </section>
  );
}
