import type { CanvasView } from '@visiebord/shared/doc';
import { useFitFontSize } from './useFitFontSize';

/** A canvas as the room sees it: the prompt and its visible notes as sticky notes that fill the space. */
export function BeamerCanvas({ canvas }: { canvas: CanvasView }) {
  const visible = canvas.notes.filter((n) => !n.hidden);
  const notes = canvas.revealed ? visible : [];
  const { ref, capacity } = useFitFontSize<HTMLUListElement>(fitKey(notes), { min: 15, max: 44 });
  // More notes than fit readably: show the newest, and say how many more there are.
  const shown = notes.length > capacity ? notes.slice(notes.length - (capacity - 1)) : notes;
  const more = notes.length - shown.length;
  return (
    <section className="beamer-canvas" aria-label={canvas.prompt}>
      <h2 className="beamer-canvas-prompt">
        {canvas.prompt}
        <span className="beamer-canvas-count" aria-label={`${visible.length} notities`}>
          {visible.length}
        </span>
      </h2>
      {!canvas.revealed ? (
        <p className="beamer-canvas-waiting">
          {visible.length === 0 ? 'Nog geen notities' : `${visible.length} ${visible.length === 1 ? 'notitie' : 'notities'} — nog niet zichtbaar`}
        </p>
      ) : notes.length === 0 ? (
        <p className="beamer-canvas-waiting">Schrijf je antwoord op je telefoon</p>
      ) : (
        <ul className="beamer-wall" ref={ref}>
          {more > 0 && (
            <li className="beamer-more" data-testid="beamer-more">
              + {more} eerdere
            </li>
          )}
          {shown.map((note) => (
            <li key={note.id} className="beamer-note" data-testid="beamer-note">
              {note.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const fitKey = (notes: CanvasView['notes']) => notes.map((n) => `${n.id}:${n.text.length}`).join('|');
