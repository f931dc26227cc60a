import type { CanvasView, Spotlight } from '@visiebord/shared/doc';

/** What the beamer shows large right now, and the way to turn it off. */
export function SpotlightBar({ spotlight, canvases, onOff }: { spotlight: Spotlight | null; canvases: readonly CanvasView[]; onOff: () => void }) {
  if (!spotlight) return null;
  const canvas = canvases.find((c) => c.id === spotlight.canvasId);
  const what =
    spotlight.kind === 'note'
      ? `notitie ‘${canvas?.notes.find((n) => n.id === spotlight.id)?.text ?? '…'}’`
      : `groep ‘${canvas?.clusters.find((c) => c.id === spotlight.id)?.label || 'Naamloze groep'}’`;
  return (
    <div className="spotlight-bar" role="status" data-testid="spotlight-bar">
      <span>
        <strong>Spotlight op de beamer:</strong> {what}
      </span>
      <button type="button" className="button small" onClick={onOff} data-testid="spotlight-off">
        Spotlight uit
      </button>
    </div>
  );
}
