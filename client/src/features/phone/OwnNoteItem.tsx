import { useId, useState, type FormEvent } from 'react';
import { deleteNote, editNote, retryNote } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { RetryButton } from './AnswerStateLine';
import { deliveryLabel, refusalReason } from './answerStatus';
import { isTextSendable } from './CharacterCount';
import type { OwnNoteView } from './ownNotes';
import { TextAnswerBox } from './TextAnswerBox';
import type { T } from '../../i18n';
import { useT } from '../../i18n/useT';

function stateLabel(note: OwnNoteView, online: boolean, t: T): string {
  switch (note.state) {
    case 'queued':
    case 'sending':
      return deliveryLabel(note.state, online, 'note.queuedOffline');
    case 'sent':
      return t(note.hidden ? 'note.placedHidden' : 'note.placed');
    case 'failed':
      return t(`note.refused.${note.pending ?? 'add'}`, { reason: refusalReason(note.error) });
  }
}

/** One of your notes with its delivery state, and ways to change or remove it. */
export function OwnNoteItem({ store, note, editable }: { store: PhoneStore; note: OwnNoteView; editable: boolean }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(note.text);
  const id = useId();
  const online = typeof navigator === 'undefined' || navigator.onLine;
  const t = useT('phone');

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
          <TextAnswerBox id={id} label={t('note.editLabel')} text={draft} onChange={setDraft} rows={3} autoFocus>
            <span className="button-row">
              <button type="button" className="button secondary small" onClick={() => setMode('view')}>
                {t('cancel')}
              </button>
              <button type="submit" className="button small" disabled={!isTextSendable(draft)}>
                {t('save')}
              </button>
            </span>
          </TextAnswerBox>
        </form>
      ) : (
        <p className="note-text">{note.text}</p>
      )}
      <p className={`note-state ${note.state}`} role={note.state === 'failed' ? 'alert' : undefined}>
        {stateLabel(note, online, t)}
      </p>
      {mode === 'confirm-delete' ? (
        <div className="button-row" role="group" aria-label={t('note.confirmDeleteLabel')}>
          <span className="confirm-question">{t('note.confirmDelete')}</span>
          <button type="button" className="button danger small" onClick={() => deleteNote(store, note.key)}>
            {t('note.yesDelete')}
          </button>
          <button type="button" className="button secondary small" onClick={() => setMode('view')}>
            {t('no')}
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
              {t('note.edit')}
            </button>
            <button type="button" className="button secondary small" onClick={() => setMode('confirm-delete')}>
              {t('note.delete')}
            </button>
            {note.state === 'failed' && note.entryId && <RetryButton onRetry={() => retryNote(store, note.entryId as string)} />}
          </div>
        )
      )}
    </li>
  );
}
