import '../../../i18n/sources/beamer';
import { t } from '../../../i18n';
import type { CanvasView, Spotlight } from '@visiebord/shared/doc';

export type SpotlightContent = { kind: 'note' | 'cluster'; prompt: string; label: string | null; notes: Array<{ id: string; text: string }> };

/**
 * What a spotlight puts on the wall: one note, or a cluster with its notes. A hidden (moderated)
 * note never shows, not even inside a spotlighted cluster; a spotlight on something gone shows nothing.
 */
export function spotlightContent(canvases: CanvasView[], spotlight: Spotlight | null): SpotlightContent | null {
  if (!spotlight) return null;
  const canvas = canvases.find((c) => c.id === spotlight.canvasId);
  if (!canvas) return null;
  if (spotlight.kind === 'note') {
    const note = canvas.notes.find((n) => n.id === spotlight.id && !n.hidden);
    return note ? { kind: 'note', prompt: canvas.prompt, label: null, notes: [{ id: note.id, text: note.text }] } : null;
  }
  const cluster = canvas.clusters.find((c) => c.id === spotlight.id);
  if (!cluster) return null;
  const notes = canvas.notes.filter((n) => n.clusterId === cluster.id && !n.hidden).map((n) => ({ id: n.id, text: n.text }));
  return { kind: 'cluster', prompt: canvas.prompt, label: cluster.label || t('beamer', 'unnamedGroup'), notes };
}
