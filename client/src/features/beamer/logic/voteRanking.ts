import '../../../i18n/sources/beamer';
import { t } from '../../../i18n';
import { voteTargetsOf, type CanvasView } from '@visiebord/shared/doc';

export type VoteTarget = { id: string; label: string };
export type RankedTarget = VoteTarget & {
  dots: number;
  /** 1-based; equal dots share a rank (1, 2, 2, 4). */
  rank: number;
  /** Bar length, relative to the most dots (0–1). */
  share: number;
  /** In the top three and voted for at all. */
  top: boolean;
};

/** What a vote step offers, as the phones get it: the clusters of its canvases, or their visible notes. */
export const voteTargets = (canvases: CanvasView[], target: 'notes' | 'clusters'): VoteTarget[] => voteTargetsOf(canvases, target);

/** Targets ranked by dots, ties in the order the phones list them. */
export function rankTargets(targets: VoteTarget[], totals: Record<string, number>): RankedTarget[] {
  const withDots = targets.map((t, order) => ({ ...t, dots: totals[t.id] ?? 0, order }));
  withDots.sort((a, b) => b.dots - a.dots || a.order - b.order);
  const most = withDots[0]?.dots ?? 0;
  let rank = 0;
  return withDots.map(({ order: _order, ...t }, i) => {
    if (i === 0 || t.dots !== withDots[i - 1]?.dots) rank = i + 1;
    return { ...t, rank, share: most === 0 ? 0 : t.dots / most, top: rank <= 3 && t.dots > 0 };
  });
}

/** "1 stip", "5 stippen". */
export const dotsText = (n: number) => t('beamer', 'dots', { count: n });
