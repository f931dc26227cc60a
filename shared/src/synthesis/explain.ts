// The `explain` step: which themes of the vision a colleague's own words cover. Themes and the
// explanation go through the same Dutch pipeline, so "de wpb heeft uren nodig" covers a theme
// labelled "Tijd voor werkplekbegeleiders" although no word is shared as typed.
import { analyzeText, type TextTerms } from './analyze.ts';
import { defaultVocabulary, type Vocabulary } from './vocabulary.ts';

export type VisionTheme = { id: string; label: string; keywords?: readonly string[] };

export type ThemeCoverage = { themeId: string; score: number; covered: boolean };

/** Score from which a theme counts as explained: one shared concept, or a good share of its words. */
export const COVERED_FROM = 0.34;

function themeTerms(theme: VisionTheme, vocabulary: Vocabulary): TextTerms {
  return analyzeText([theme.label, ...(theme.keywords ?? [])].join(' . '), vocabulary);
}

function overlap(theme: TextTerms, text: TextTerms, vocabulary: Vocabulary): number {
  // Concepts: the share of the theme's concepts the text names; a related concept counts half.
  let conceptScore = 0;
  if (theme.concepts.size > 0) {
    let hit = 0;
    for (const concept of theme.concepts.keys()) {
      if (text.concepts.has(concept)) hit += 1;
      else if ((vocabulary.related.get(concept) ?? []).some((other) => text.concepts.has(other))) hit += 0.5;
    }
    // Naming one concept of the theme is already a real sign of understanding.
    conceptScore = Math.min(1, hit / Math.min(theme.concepts.size, 2));
  }
  let wordScore = 0;
  if (theme.stems.size > 0) {
    let hit = 0;
    for (const stem of theme.stems.keys()) if (text.stems.has(stem)) hit++;
    wordScore = Math.min(1, hit / Math.min(theme.stems.size, 3));
  }
  return Math.max(conceptScore, wordScore * 0.8);
}

/**
 * Scores one explanation against the vision's themes.
 * Example: `scoreExplanation([{ id: 't1', label: 'Werkdruk', keywords: ['tijd'] }], 'starters hebben uren nodig')`
 * → `[{ themeId: 't1', score: 0.75, covered: true }]`.
 */
export function scoreExplanation(themes: readonly VisionTheme[], explanation: string, vocabulary: Vocabulary = defaultVocabulary()): ThemeCoverage[] {
  const text = analyzeText(explanation, vocabulary);
  return themes.map((theme) => {
    const score = overlap(themeTerms(theme, vocabulary), text, vocabulary);
    return { themeId: theme.id, score: Math.round(score * 1000) / 1000, covered: score >= COVERED_FROM };
  });
}
