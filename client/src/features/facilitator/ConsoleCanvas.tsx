import type { CanvasView, Spotlight } from '@visiebord/shared/doc';
import type { WorkshopActions } from '../../state/workshopActions';
import { Board } from '../board/Board';

/** One canvas: how many notes, the two switches the room notices (show answers, close), and the board. */
export function ConsoleCanvas({ canvas, actions, spotlight }: { canvas: CanvasView; actions: WorkshopActions; spotlight: Spotlight | null }) {
  const visible = canvas.notes.filter((n) => !n.hidden).length;
  const titleId = `console-canvas-${canvas.id}`;
  return (
    <article className="console-canvas" aria-labelledby={titleId} data-testid="console-canvas" data-canvas-id={canvas.id}>
      <header className="console-canvas-header">
        <h3 id={titleId}>{canvas.prompt}</h3>
        <p className="note-count" aria-live="polite" data-testid="console-note-count">
          {canvas.notes.length} {canvas.notes.length === 1 ? 'notitie' : 'notities'}
          {visible !== canvas.notes.length && ` (${canvas.notes.length - visible} verborgen)`}
        </p>
      </header>
      <div className="canvas-switches">
        <div className="canvas-switch">
          <span className={canvas.revealed ? 'state-chip on' : 'state-chip off'} data-testid="canvas-reveal-state">
            {canvas.revealed ? 'Antwoorden zichtbaar voor de zaal' : 'Antwoorden verborgen: iedereen ziet alleen de eigen'}
          </span>
          <button
            type="button"
            className={canvas.revealed ? 'button secondary small' : 'button small'}
            onClick={() => actions.setCanvasRevealed(canvas.id, !canvas.revealed)}
            data-testid="canvas-reveal"
            data-revealed={canvas.revealed}
          >
            {canvas.revealed ? 'Antwoorden verbergen' : 'Antwoorden tonen'}
          </button>
        </div>
        <div className="canvas-switch">
          <span className={canvas.locked ? 'state-chip off' : 'state-chip on'} data-testid="canvas-lock-state">
            {canvas.locked ? 'Gesloten: geen nieuwe notities' : 'Open voor nieuwe notities'}
          </span>
          <button
            type="button"
            className="button secondary small"
            onClick={() => actions.setCanvasLocked(canvas.id, !canvas.locked)}
            data-testid="canvas-lock"
            data-locked={canvas.locked}
          >
            {canvas.locked ? 'Canvas heropenen' : 'Canvas sluiten'}
          </button>
        </div>
      </div>
      {canvas.notes.length === 0 && canvas.clusters.length === 0 ? (
        <p className="hint">Nog geen notities. Ze verschijnen hier zodra iemand iets plaatst.</p>
      ) : (
        <Board canvas={canvas} actions={actions} spotlight={spotlight} />
      )}
    </article>
  );
}
