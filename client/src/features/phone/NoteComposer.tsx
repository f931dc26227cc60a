import { useId, useState, type FormEvent } from 'react';
import { postNote } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { CharacterCount, isTextSendable } from './CharacterCount';

/** Write and post a note; it goes into the outbox and shows under "Mijn notities" at once. */
export function NoteComposer({ store, canvasId, label, closed = false }: { store: PhoneStore; canvasId: string; label: string; closed?: boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const [posted, setPosted] = useState(0);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (closed || !isTextSendable(text)) return;
    postNote(store, canvasId, text.trim());
    setText('');
    setPosted((n) => n + 1);
  }

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        Jouw antwoord op: {label}
      </label>
      <textarea
        id={id}
        data-testid="note-input"
        value={text}
        rows={3}
        placeholder="Schrijf je antwoord…"
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-count`}
      />
      <div className="composer-row">
        <CharacterCount id={`${id}-count`} text={text} testId="note-count" />
        <button type="submit" className="button" data-testid="note-submit" disabled={closed || !isTextSendable(text)}>
          Plaatsen
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {posted > 0 ? `Notitie ${posted} staat bij Mijn notities.` : ''}
      </p>
    </form>
  );
}
