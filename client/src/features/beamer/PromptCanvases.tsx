import type { CanvasView } from '@visiebord/shared/doc';
import type { CSSProperties } from 'react';
import { BeamerCanvas } from './BeamerCanvas';
import { gridColumns, rowTemplate } from './logic/canvasGrid';

/** A prompt step's canvases side by side: up to three in a row, busier rows taller. */
export function PromptCanvases({ canvases }: { canvases: CanvasView[] }) {
  const columns = gridColumns(canvases.length);
  const showing = canvases.map((c) => (c.revealed ? c.notes.filter((n) => !n.hidden).length : 0));
  const style: CSSProperties = { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gridTemplateRows: rowTemplate(showing, columns) };
  // With many canvases a short title leads and the question shrinks, so the notes get the room.
  const compact = canvases.length >= 4;
  return (
    <div className={`beamer-canvases count-${Math.min(canvases.length, 4)}`} style={style}>
      {canvases.map((canvas) => (
        <BeamerCanvas key={canvas.id} canvas={canvas} compact={compact} />
      ))}
    </div>
  );
}
