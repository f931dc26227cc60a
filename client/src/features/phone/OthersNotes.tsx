import type { PhoneCanvas } from '@visiebord/shared/projection';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { PhoneStore } from '../../state/phoneStore';
import { useT } from '../../i18n/useT';

/** How many of the room's notes show before "Toon alle": a long wall is a long scroll on a phone. */
export const OTHERS_FOLDED = 10;

/** The room's notes on one question, newest first, folded to the newest ten. */
export function OthersNotes({ store, canvas }: { store: PhoneStore; canvas: PhoneCanvas }) {
  const others = useStore(store, (s) => s.others);
  const own = useStore(store, (s) => s.own);
  const [all, setAll] = useState(false);
  const t = useT('phone');
  // The room's notes include this phone's own; those already show under "Mijn notities".
  const notes = useMemo(
    () => Object.values(others).filter((n) => n.canvasId === canvas.id && !n.mine && !own[n.id]).sort((a, b) => b.updatedAt - a.updatedAt),
    [others, own, canvas.id],
  );
  const shown = all ? notes : notes.slice(0, OTHERS_FOLDED);
  return (
    <>
      <h3 className="list-title">
        {t('notes.others')} <span className="count">({notes.length})</span>
      </h3>
      {!canvas.revealed ? (
        <p className="hint">{t('notes.othersHidden')}</p>
      ) : notes.length === 0 ? (
        <p className="hint">{t('notes.noneOfOthers')}</p>
      ) : (
        <>
          <ul className="note-list others">
            {shown.map((note) => (
              <li key={note.id} className="note other" data-testid="other-note">
                {note.text}
              </li>
            ))}
          </ul>
          {notes.length > OTHERS_FOLDED && (
            <button type="button" className="button secondary small others-toggle" data-testid="others-toggle" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('notes.showNewest', { count: OTHERS_FOLDED }) : t('notes.showAll', { count: notes.length })}
            </button>
          )}
        </>
      )}
    </>
  );
}
