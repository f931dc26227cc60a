import type { CanvasView } from '@visiebord/shared/doc';
import type { CSSProperties } from 'react';
import { BeamerCanvas } from './BeamerCanvas';

/** A prompt step's canvases side by side (up to four: 2×2). */
export function PromptCanvases({ canvases }: { canvases: CanvasView[] }) {
  return (
    <div className={`beamer-canvases count-${Math.min(canvases.length, 4)}`} style={rowWeights(canvases)}>
      {canvases.map((canvas) => (
        <BeamerCanvas key={canvas.id} canvas={canvas} />
      ))}
    </div>
  );
}

/** In the 2×2 layout the row with more notes gets more height; an empty row keeps enough for its prompt. */
function rowWeights(canvases: CanvasView[]): CSSProperties | undefined {
  if (canvases.length !== 4) return undefined;
  const visible = (c: CanvasView | undefined) => (c?.revealed ? c.notes.filter((n) => !n.hidden).length : 0);
  const top = 1 + visible(canvases[0]) + visible(canvases[1]);
  const bottom = 1 + visible(canvases[2]) + visible(canvases[3]);
  return { gridTemplateRows: `minmax(22vh, ${top}fr) minmax(22vh, ${bottom}fr)` };
}
