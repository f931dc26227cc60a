import { useId, useState, type FormEvent } from 'react';
import { postNote } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { isTextSendable } from './CharacterCount';
import { TextAnswerBox } from './TextAnswerBox';
import { useT } from '../../i18n/useT';

/** Write and post a note; it goes into the outbox and shows under "Mijn notities" at once. */
export function NoteComposer({ store, canvasId, label, closed = false }: { store: PhoneStore; canvasId: string; label: string; closed?: boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const [posted, setPosted] = useState(0);
  const t = useT('phone');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (closed || !isTextSendable(text)) return;
    postNote(store, canvasId, text.trim());
    setText('');
    setPosted((n) => n + 1);
  }

  return (
    <form className="composer" onSubmit={submit}>
      <TextAnswerBox
        id={id}
        label={t('notes.answerTo', { question: label })}
        text={text}
        onChange={setText}
        rows={3}
        placeholder={t('notes.placeholder')}
        inputTestId="note-input"
        countTestId="note-count"
      >
        <button type="submit" className="button" data-testid="note-submit" disabled={closed || !isTextSendable(text)}>
          {t('notes.post')}
        </button>
      </TextAnswerBox>
      <p className="visually-hidden" aria-live="polite">
        {posted > 0 ? t('notes.posted', { number: posted }) : ''}
      </p>
    </form>
  );
}
