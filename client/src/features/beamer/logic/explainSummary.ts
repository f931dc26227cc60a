import type { ExplainScore } from '@visiebord/shared/api';

/** Themes fewer than half of the explanations name, least named first (at most three). */
export function missedThemes(score: ExplainScore): string[] {
  if (score.submitted === 0) return [];
  return score.themes
    .map((t, order) => ({ ...t, order }))
    .filter((t) => t.coveredBy / score.submitted < 0.5)
    .sort((a, b) => a.coveredBy - b.coveredBy || a.order - b.order)
    .slice(0, 3)
    .map((t) => t.label);
}
