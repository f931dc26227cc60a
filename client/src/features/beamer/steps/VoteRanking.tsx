import type { StepOf } from '@visiebord/shared/script';
import { useStore } from 'zustand';
import type { WorkshopStore } from '../../../state/workshopStore';
import { dotsText, rankTargets, voteTargets } from '../logic/voteRanking';
import { useFitFontSize } from '../useFitFontSize';
import { useT } from '../../../i18n/useT';
import { QuestionSection } from './QuestionSection';

/** Dot voting: the clusters or notes ranked by dots as they come in, the top three set apart. */
export function VoteRanking({ step, store }: { step: StepOf<'vote'>; store: WorkshopStore }) {
  const canvases = useStore(store, (s) => s.snapshot?.canvases);
  const result = useStore(store, (s) => s.results?.votes.find((v) => v.stepId === step.id));
  const chosen = (canvases ?? []).filter((c) => step.canvasIds.includes(c.id));
  const all = rankTargets(voteTargets(chosen, step.target), result?.totals ?? {});
  const voters = result?.voters ?? 0;
  const t = useT('beamer');
  // Before the first dot every option is a row (the room sees what it can vote on); after, only
  // what has dots gets a bar and the rest goes on one quiet line, so the ranking stays large.
  const ranked = all.some((t) => t.dots > 0) ? all.filter((t) => t.dots > 0) : all;
  const unvoted = all.length - ranked.length;
  const { ref, capacity } = useFitFontSize<HTMLOListElement>(ranked.map((r) => `${r.id}:${r.dots}:${r.label.length}`).join('|'), { min: 18, max: 44 });
  // Too many to read: the top of the ranking is what matters.
  const shown = ranked.length > capacity ? ranked.slice(0, Math.max(1, capacity - 1)) : ranked;
  const rest = ranked.length - shown.length;
  return (
    <QuestionSection id="beamer-vote-question" className="beamer-vote" question={step.question ?? step.title}>
      {ranked.length === 0 ? (
        <p className="beamer-waiting">{t('vote.nothingYet')}</p>
      ) : (
        <ol className="beamer-ranking" ref={ref}>
          {shown.map((target) => (
            <li key={target.id} className={`beamer-rank ${target.top ? 'top' : ''}`} data-testid="beamer-vote-target" data-dots={target.dots} data-top={target.top}>
              <span className="beamer-rank-number" aria-label={t('vote.place', { rank: target.rank })}>
                {target.rank}
              </span>
              <span className="beamer-rank-label">{target.label}</span>
              <span className="beamer-rank-track" aria-hidden="true">
                <span className="beamer-rank-fill" style={{ width: `${Math.round(target.share * 100)}%` }} />
              </span>
              <span className="beamer-rank-dots" data-testid="beamer-vote-dots">
                {dotsText(target.dots)}
              </span>
            </li>
          ))}
          {rest > 0 && <li className="beamer-rank-rest">{t('vote.rest', { count: rest })}</li>}
        </ol>
      )}
      {unvoted > 0 && (
        <p className="beamer-unvoted" data-testid="beamer-vote-unvoted">
          {t('vote.unvoted')} {all.filter((t) => t.dots === 0).map((t) => t.label).join(' · ')}
        </p>
      )}
      <p className="beamer-respondents" data-testid="beamer-voters" aria-live="polite">
        {t('vote.voters', { count: voters })}
      </p>
    </QuestionSection>
  );
}
