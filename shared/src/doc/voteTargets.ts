import type { CanvasView } from './snapshot.ts';

/** Something a phone can put dots on: a cluster or a note, by the label the room sees. */
export type VoteTarget = { id: string; label: string };

type VoteCanvas = Pick<CanvasView, 'title' | 'prompt' | 'notes' | 'clusters'>;

/**
 * What a vote step offers, in one place for the server's rule, the phones and the beamer: the
 * clusters that hold visible notes, or the visible notes. When a vote spans several questions, a
 * cluster's label says which question it answers, so two groups both called "Samenwerking" differ.
 */
export function voteTargetsOf(canvases: readonly VoteCanvas[], target: 'notes' | 'clusters'): VoteTarget[] {
  const several = canvases.length > 1;
  return canvases.flatMap((canvas) => {
    const visible = new Set(canvas.notes.filter((n) => !n.hidden).map((n) => n.id));
    if (target === 'notes') return canvas.notes.filter((n) => !n.hidden).map((n) => ({ id: n.id, label: n.text }));
    const where = canvas.title || canvas.prompt;
    return canvas.clusters
      .filter((c) => c.noteIds.some((id) => visible.has(id)))
      .map((c) => {
        const label = c.label || 'Naamloze groep';
        return { id: c.id, label: several && where ? `${label} · ${where}` : label };
      });
  });
}
