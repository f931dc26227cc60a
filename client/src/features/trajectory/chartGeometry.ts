import type { Trajectory } from '@visiebord/shared/trajectory';
import { formatDate } from '../../i18n/dates';
import type { T } from '../../i18n/useT';

/**
 * Where things go in the trajectory chart, as plain numbers (tested apart from React): per aspect
 * a panel with the sessions left to right and the phases bottom to top; a circle per phase sized
 * by how many chose it, and a line through the median phases.
 */
export const PANEL = { width: 440, height: 230, left: 150, right: 24, top: 24, bottom: 48 } as const;
const MAX_RADIUS = 18;

export type Bubble = { x: number; y: number; r: number; count: number; phase: number; isMedian: boolean };
export type PanelGeometry = { bubbles: Bubble[][]; medianLine: Array<{ x: number; y: number }>; columns: number[]; rows: number[] };

export function panelGeometry(trajectory: Trajectory, aspectId: string, sessionIndexes: number[]): PanelGeometry {
  const plotWidth = PANEL.width - PANEL.left - PANEL.right;
  const plotHeight = PANEL.height - PANEL.top - PANEL.bottom;
  const n = sessionIndexes.length;
  const columns = sessionIndexes.map((_, i) => PANEL.left + (n === 1 ? plotWidth / 2 : (plotWidth * (i + 0.5)) / n));
  const rows = [1, 2, 3, 4].map((phase) => PANEL.top + plotHeight - ((phase - 0.5) / 4) * plotHeight);
  const max = Math.max(1, ...sessionIndexes.flatMap((i) => trajectory.sessions[i]?.rubric?.[aspectId]?.spread ?? [0]));
  const bubbles = sessionIndexes.map((sessionIndex, col) => {
    const figure = trajectory.sessions[sessionIndex]?.rubric?.[aspectId];
    if (!figure) return [];
    return figure.spread.map((count, p) => ({
      x: columns[col] ?? 0,
      y: rows[p] ?? 0,
      r: count === 0 ? 0 : Math.max(4, Math.sqrt(count / max) * MAX_RADIUS),
      count,
      phase: p + 1,
      isMedian: figure.median === p + 1,
    }));
  });
  const medianLine = sessionIndexes.flatMap((sessionIndex, col) => {
    const median = trajectory.sessions[sessionIndex]?.rubric?.[aspectId]?.median;
    return median ? [{ x: columns[col] ?? 0, y: rows[median - 1] ?? 0 }] : [];
  });
  return { bubbles, medianLine, columns, rows };
}

/** A short label for a session under its column: "Studiedag" or "Vervolg 1" (`t` of the trajectory namespace), and its date. */
export function sessionLabels(trajectory: Trajectory, t: T): Array<{ name: string; date: string }> {
  let followUps = 0;
  return trajectory.sessions.map((s) => ({
    name: s.kind === 'studiedag' ? t('studyDay') : t('followUp', { number: ++followUps }),
    date: formatDate(s.date, { day: 'numeric', month: 'short', year: 'numeric' }),
  }));
}
