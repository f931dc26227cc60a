import type { PhoneCanvas } from '@visiebord/shared/projection';
import type { PhoneStore } from '../../state/phoneStore';
import { NoteComposer } from './NoteComposer';
import { OthersNotes } from './OthersNotes';
import { OwnNoteList } from './OwnNoteList';
import { TimeUpNotice } from './StepTimer';
import { useTimeUp } from './usePhoneStep';
import type { OwnNoteView } from './ownNotes';
import { useT } from '../../i18n/useT';

/** One question of the current step: the prompt, a place to answer, your notes, and the room's. */
export function CanvasSection({ store, canvas, notes }: { store: PhoneStore; canvas: PhoneCanvas; notes: OwnNoteView[] }) {
  const titleId = `canvas-${canvas.id}`;
  const timeUp = useTimeUp(store);
  const open = canvas.open && !timeUp;
  const t = useT('phone');
  return (
    <section className="phone-panel canvas-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{canvas.prompt}</h2>
      {canvas.explanation && <p className="canvas-explanation">{canvas.explanation}</p>}
      {canvas.open ? (
        <>
          {/* Kept on screen when the time is up, so a half-written note is not lost if time is added. */}
          {timeUp && <TimeUpNotice />}
          <NoteComposer store={store} canvasId={canvas.id} label={canvas.prompt} closed={timeUp} />
        </>
      ) : (
        <p className="closed-note">{t('notes.closed')}</p>
      )}
      <h3 className="list-title">
        {t('notes.mine')} <span className="count">({notes.length})</span>
      </h3>
      {notes.length === 0 ? <p className="hint">{t('notes.noneOfMine')}</p> : <OwnNoteList store={store} notes={notes} editable={open} />}
      <OthersNotes store={store} canvas={canvas} />
    </section>
  );
}
