import type { PhoneAnswers } from '@visiebord/shared/projection';
import '../../i18n/sources/phone';
import { t } from '../../i18n';

/**
 * Dot voting as the phone counts it: the server's acknowledged dots with what is still on its way
 * laid over them. The server holds the real budget; these sums only keep the buttons honest.
 */
export type VoteRules = { budget: number; maxPerTarget: number };

export function dotsPerTarget(
  targetIds: readonly string[],
  acknowledged: PhoneAnswers['votes'],
  pending: (targetId: string) => number | undefined,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of targetIds) counts[id] = pending(id) ?? acknowledged?.[id] ?? 0;
  return counts;
}

export const spentDots = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, n) => sum + n, 0);

export const canAddDot = (counts: Record<string, number>, targetId: string, rules: VoteRules): boolean =>
  spentDots(counts) < rules.budget && (counts[targetId] ?? 0) < rules.maxPerTarget;

export const canRemoveDot = (counts: Record<string, number>, targetId: string): boolean => (counts[targetId] ?? 0) > 0;

/** "Nog 2 van 5 stippen", said the way people count. */
export function remainingLabel(counts: Record<string, number>, budget: number): string {
  const left = Math.max(0, budget - spentDots(counts));
  if (left === 0) return t('phone', 'vote.allPlaced', { count: budget });
  return t('phone', 'vote.left', { left, count: budget });
}

/** Why + is greyed out, so nobody taps a dead button without knowing why. */
export function addBlockedReason(counts: Record<string, number>, targetId: string, rules: VoteRules): string | null {
  if (spentDots(counts) >= rules.budget) return t('phone', 'vote.allPlacedHint');
  if ((counts[targetId] ?? 0) >= rules.maxPerTarget) return t('phone', 'vote.maxPerAnswer', { count: rules.maxPerTarget });
  return null;
}
