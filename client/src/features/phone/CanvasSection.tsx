import type { PhoneCanvas } from '@visiebord/shared/projection';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { PhoneStore } from '../../state/phoneStore';
import { NoteComposer } from './NoteComposer';
import { OwnNoteList } from './OwnNoteList';
import type { OwnNoteView } from './ownNotes';

/** One question of the current step: the prompt, a place to answer, your notes, and the room's. */
export function CanvasSection({ store, canvas, notes }: { store: PhoneStore; canvas: PhoneCanvas; notes: OwnNoteView[] }) {
  const titleId = `canvas-${canvas.id}`;
  return (
    <section className="phone-panel canvas-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{canvas.prompt}</h2>
      {canvas.explanation && <p className="canvas-explanation">{canvas.explanation}</p>}
      {canvas.open ? (
        <NoteComposer store={store} canvasId={canvas.id} label={canvas.prompt} />
      ) : (
        <p className="closed-note">Deze vraag is gesloten: je kunt er nu niets meer bij zetten.</p>
      )}
      <h3 className="list-title">
        Mijn notities <span className="count">({notes.length})</span>
      </h3>
      {notes.length === 0 ? <p className="hint">Nog geen notities van jou.</p> : <OwnNoteList store={store} notes={notes} editable={canvas.open} />}
      <OthersNotes store={store} canvas={canvas} />
    </section>
  );
}

function OthersNotes({ store, canvas }: { store: PhoneStore; canvas: PhoneCanvas }) {
  const others = useStore(store, (s) => s.others);
  const own = useStore(store, (s) => s.own);
  // The room's notes include this phone's own; those already show under "Mijn notities".
  const notes = useMemo(
    () => Object.values(others).filter((n) => n.canvasId === canvas.id && !n.mine && !own[n.id]),
    [others, own, canvas.id],
  );
  return (
    <>
      <h3 className="list-title">
        Van anderen <span className="count">({notes.length})</span>
      </h3>
      {!canvas.revealed ? (
        <p className="hint">De notities van anderen verschijnen zodra de begeleider ze laat zien.</p>
      ) : notes.length === 0 ? (
        <p className="hint">Nog niets van anderen.</p>
      ) : (
        <ul className="note-list others">
          {notes.map((note) => (
            <li key={note.id} className="note other" data-testid="other-note">
              {note.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
