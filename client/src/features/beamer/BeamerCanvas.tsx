import type { CanvasView } from '@visiebord/shared/doc';
import { useFitFontSize } from './useFitFontSize';

/** A canvas as the room sees it: the prompt and its visible notes as sticky notes that fill the space. */
export function BeamerCanvas({ canvas }: { canvas: CanvasView }) {
  const notes = canvas.revealed ? canvas.notes.filter((n) => !n.hidden) : [];
  const fitKey = notes.map((n) => `${n.id}:${n.text.length}`).join('|');
  const wallRef = useFitFontSize<HTMLUListElement>(fitKey, { min: 9, max: 44 });
  const waiting = canvas.notes.filter((n) => !n.hidden).length;
  return (
    <section className="beamer-canvas" aria-label={canvas.prompt}>
      <h2 className="beamer-canvas-prompt">
        {canvas.prompt}
        <span className="beamer-canvas-count">{waiting}</span>
      </h2>
      {!canvas.revealed ? (
        <p className="beamer-canvas-waiting">
          {waiting === 0 ? 'Nog geen notities' : `${waiting} ${waiting === 1 ? 'notitie' : 'notities'} — nog niet zichtbaar`}
        </p>
      ) : notes.length === 0 ? (
        <p className="beamer-canvas-waiting">Schrijf je antwoord op je telefoon</p>
      ) : (
        <ul className="beamer-wall" ref={wallRef}>
          {notes.map((note) => (
            <li key={note.id} className="beamer-note" data-testid="beamer-note">
              {note.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
