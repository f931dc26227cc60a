import type { CanvasView } from '@visiebord/shared/doc';
import type { WorkshopActions } from '../../state/workshopActions';

/** One canvas with its notes as they arrive, and the facilitator's switches: reveal, lock, hide a note. */
export function ConsoleCanvas({ canvas, actions }: { canvas: CanvasView; actions: WorkshopActions }) {
  const visible = canvas.notes.filter((n) => !n.hidden).length;
  const titleId = `console-canvas-${canvas.id}`;
  return (
    <article className="console-canvas" aria-labelledby={titleId}>
      <header className="console-canvas-header">
        <h3 id={titleId}>{canvas.prompt}</h3>
        <p className="note-count" aria-live="polite" data-testid="console-note-count">
          {canvas.notes.length} {canvas.notes.length === 1 ? 'notitie' : 'notities'}
          {visible !== canvas.notes.length && ` (${canvas.notes.length - visible} verborgen)`}
        </p>
      </header>
      <div className="canvas-switches">
        <label className="switch">
          <input type="checkbox" checked={canvas.revealed} onChange={(e) => actions.setCanvasRevealed(canvas.id, e.target.checked)} />
          Zichtbaar op beamer en telefoons
        </label>
        <label className="switch">
          <input type="checkbox" checked={canvas.locked} onChange={(e) => actions.setCanvasLocked(canvas.id, e.target.checked)} />
          Gesloten (geen nieuwe notities)
        </label>
      </div>
      {canvas.notes.length === 0 ? (
        <p className="hint">Nog geen notities. Ze verschijnen hier zodra iemand iets plaatst.</p>
      ) : (
        <ul className="console-notes">
          {canvas.notes.map((note) => (
            <li key={note.id} className={note.hidden ? 'console-note hidden' : 'console-note'} data-testid="console-note" data-hidden={note.hidden}>
              <p>{note.text}</p>
              <button
                type="button"
                className="button secondary small"
                onClick={() => actions.setNoteHidden(note.id, !note.hidden)}
                aria-label={note.hidden ? `Weer tonen: ${note.text}` : `Verbergen: ${note.text}`}
              >
                {note.hidden ? 'Weer tonen' : 'Verbergen'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
