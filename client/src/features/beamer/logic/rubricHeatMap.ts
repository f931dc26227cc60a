import { medianPhase, type RubricResult } from '@visiebord/shared/doc';
import type { StepOf } from '@visiebord/shared/script';

export type HeatCell = { phase: number; count: number; /** Share of this aspect's answers (0–1). */ share: number };
export type HeatRow = {
  aspectId: string;
  title: string;
  cells: HeatCell[];
  total: number;
  /** Median phase 1–4, or null before anyone answered this aspect. */
  median: number | null;
  /** Standard deviation of the phases: how much colleagues disagree. */
  spread: number;
};
export type Highlight = { aspectId: string; title: string; reason: 'hoog' | 'laag' | 'verdeeld'; median: number };

/** From this spread on (in phases) an aspect counts as "verdeeld": the room does not agree. */
export const WIDE_SPREAD = 0.75;

/** The rubric's spread per aspect, as a heat map: one row per aspect, one cell per phase. */
export function heatMapRows(step: Pick<StepOf<'rubric'>, 'aspects'>, result: RubricResult | undefined): HeatRow[] {
  return step.aspects.map((aspect) => {
    const counts = result?.spread[aspect.id] ?? [0, 0, 0, 0];
    const total = counts.reduce((a, b) => a + b, 0);
    return {
      aspectId: aspect.id,
      title: aspect.title,
      cells: counts.map((count, i) => ({ phase: i + 1, count, share: total === 0 ? 0 : count / total })),
      total,
      median: medianPhase(counts),
      spread: standardDeviation(counts),
    };
  });
}

function standardDeviation(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const mean = counts.reduce((sum, n, i) => sum + n * (i + 1), 0) / total;
  const variance = counts.reduce((sum, n, i) => sum + n * (i + 1 - mean) ** 2, 0) / total;
  return Math.sqrt(variance);
}

/**
 * Strengths: the aspects with the highest median. Points for attention: those with the lowest
 * median, and the one the room disagrees on most (when it is wide enough to matter). When every
 * aspect has the same median there is no strength to name, only disagreement.
 */
export function highlights(rows: HeatRow[]): { strengths: Highlight[]; attention: Highlight[] } {
  const answered = rows.filter((r): r is HeatRow & { median: number } => r.median !== null);
  if (answered.length === 0) return { strengths: [], attention: [] };
  const medians = answered.map((r) => r.median);
  const high = Math.max(...medians);
  const low = Math.min(...medians);
  const strengths: Highlight[] = [];
  const attention: Highlight[] = [];
  if (high > low) {
    for (const r of answered) {
      if (r.median === high) strengths.push({ aspectId: r.aspectId, title: r.title, reason: 'hoog', median: r.median });
      if (r.median === low) attention.push({ aspectId: r.aspectId, title: r.title, reason: 'laag', median: r.median });
    }
  }
  const widest = answered.filter((r) => r.total >= 2).sort((a, b) => b.spread - a.spread)[0];
  const named = new Set([...strengths, ...attention].map((h) => h.aspectId));
  if (widest && widest.spread >= WIDE_SPREAD && !named.has(widest.aspectId)) {
    attention.push({ aspectId: widest.aspectId, title: widest.title, reason: 'verdeeld', median: widest.median });
  }
  return { strengths, attention };
}

/**
 * A single-hue blue scale for a share (0–1), readable in greyscale: darker is more. Text turns
 * white where the blue gets dark, so every number keeps its contrast.
 */
export function heatColour(share: number): { background: string; color: string } {
  const s = Math.min(1, Math.max(0, share));
  // From #f4f7fb (nobody) to #0b2f66 (everybody), straight through the blues.
  const mix = (from: number, to: number) => Math.round(from + (to - from) * s);
  const background = `rgb(${mix(244, 11)} ${mix(247, 47)} ${mix(251, 102)})`;
  return { background, color: s >= 0.4 ? '#ffffff' : '#0d1321' };
}
