import type { ExplainScore } from '@visiebord/shared/api';

export type { ExplainScore };

export type ExplainSummary = {
  /** Whole percent of explanations that explain the vision. */
  percent: number;
  norm: number;
  meetsNorm: boolean;
  explaining: number;
  submitted: number;
  /** Themes fewer than half of the explanations name, least named first (at most three). */
  missed: string[];
};

/** What the beamer says about the explain step: the share against the norm, and what is missed most. */
export function explainSummary(score: ExplainScore): ExplainSummary {
  const percent = Math.round(score.share * 100);
  const missed =
    score.submitted === 0
      ? []
      : score.themes
          .map((t, order) => ({ ...t, order }))
          .filter((t) => t.coveredBy / score.submitted < 0.5)
          .sort((a, b) => a.coveredBy - b.coveredBy || a.order - b.order)
          .slice(0, 3)
          .map((t) => t.label);
  return { percent, norm: score.norm, meetsNorm: score.submitted > 0 && percent >= score.norm, explaining: score.explaining, submitted: score.submitted, missed };
}
