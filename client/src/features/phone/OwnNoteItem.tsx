import { useId, useState, type FormEvent } from 'react';
import { deleteNote, editNote, retryNote } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { CharacterCount, isTextSendable } from './CharacterCount';
import type { OwnNoteView } from './ownNotes';

const REFUSED: Record<NonNullable<OwnNoteView['pending']>, string> = {
  add: 'niet geplaatst',
  edit: 'wijziging niet opgeslagen',
  delete: 'niet verwijderd',
};

function stateLabel(note: OwnNoteView, online: boolean): string {
  switch (note.state) {
    case 'queued':
      return online ? 'wacht op verzending' : 'wacht op verbinding';
    case 'sending':
      return 'wordt verstuurd';
    case 'sent':
      return note.hidden ? 'geplaatst, verborgen door de begeleider' : 'geplaatst';
    case 'failed':
      return `${REFUSED[note.pending ?? 'add']}: ${note.error ?? 'onbekende reden'}`;
  }
}

/** One of your notes with its delivery state, and ways to change or remove it. */
export function OwnNoteItem({ store, note, editable }: { store: PhoneStore; note: OwnNoteView; editable: boolean }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(note.text);
  const id = useId();
  const online = typeof navigator === 'undefined' || navigator.onLine;

  function save(event: FormEvent) {
    event.preventDefault();
    if (!isTextSendable(draft)) return;
    if (draft.trim() !== note.text) editNote(store, note.key, draft.trim());
    setMode('view');
  }

  return (
    <li className={`note own state-${note.state}${note.hidden ? ' is-hidden' : ''}`} data-testid="own-note" data-state={note.state}>
      {mode === 'edit' ? (
        <form onSubmit={save} className="note-edit">
          <label htmlFor={id} className="visually-hidden">
            Notitie aanpassen
          </label>
          <textarea id={id} value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} aria-describedby={`${id}-count`} autoFocus />
          <div className="composer-row">
            <CharacterCount id={`${id}-count`} text={draft} />
            <span className="button-row">
              <button type="button" className="button secondary small" onClick={() => setMode('view')}>
                Annuleren
              </button>
              <button type="submit" className="button small" disabled={!isTextSendable(draft)}>
                Opslaan
              </button>
            </span>
          </div>
        </form>
      ) : (
        <p className="note-text">{note.text}</p>
      )}
      <p className={`note-state ${note.state}`} role={note.state === 'failed' ? 'alert' : undefined}>
        {stateLabel(note, online)}
      </p>
      {mode === 'confirm-delete' ? (
        <div className="button-row" role="group" aria-label="Verwijderen bevestigen">
          <span className="confirm-question">Deze notitie verwijderen?</span>
          <button type="button" className="button danger small" onClick={() => deleteNote(store, note.key)}>
            Ja, verwijderen
          </button>
          <button type="button" className="button secondary small" onClick={() => setMode('view')}>
            Nee
          </button>
        </div>
      ) : (
        mode === 'view' &&
        editable && (
          <div className="button-row">
            <button
              type="button"
              className="button secondary small"
              onClick={() => {
                setDraft(note.text);
                setMode('edit');
              }}
            >
              Aanpassen
            </button>
            <button type="button" className="button secondary small" onClick={() => setMode('confirm-delete')}>
              Verwijderen
            </button>
            {note.state === 'failed' && note.entryId && (
              <button type="button" className="button secondary small" onClick={() => retryNote(store, note.entryId as string)}>
                Opnieuw proberen
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}
