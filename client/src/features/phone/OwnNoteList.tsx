import type { PhoneStore } from '../../state/phoneStore';
import { OwnNoteItem } from './OwnNoteItem';
import type { OwnNoteView } from './ownNotes';

export function OwnNoteList({ store, notes, editable }: { store: PhoneStore; notes: OwnNoteView[]; editable: boolean }) {
  return (
    <ul className="note-list own">
      {notes.map((note) => (
        <OwnNoteItem key={note.key} store={store} note={note} editable={editable || note.state !== 'sent'} />
      ))}
    </ul>
  );
}
