import { cleanText, NAME_MAX_LENGTH, textLength } from '@visiebord/shared/rules';
import { useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { sendAnswer } from '../../state/phoneActions';
import type { PhoneStore } from '../../state/phoneStore';
import { AnswerStateLine } from './AnswerStateLine';
import { useAnswerStatus } from './usePhoneStep';
import { useT } from '../../i18n/useT';

/** A small menu in the header; for now one thing in it: change the name you joined with. */
export function RenameMenu({ store }: { store: PhoneStore }) {
  const id = useId();
  const name = useStore(store, (s) => s.name);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(name);
  const status = useAnswerStatus(store, ['rename'], false);
  const t = useT('phone');

  function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = draft.trim().replace(/\s+/g, ' ');
    if (textLength(cleanText(trimmed)) > NAME_MAX_LENGTH) return;
    if (trimmed !== name) sendAnswer(store, { type: 'profile.rename', name: trimmed });
    setOpen(false);
  }

  return (
    <div className="phone-menu">
      <button
        type="button"
        className="button secondary small menu-button"
        data-testid="phone-menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => {
          setDraft(name);
          setOpen(!open);
        }}
      >
        {t('menu.button')}
      </button>
      {open && (
        <form id={`${id}-menu`} className="phone-menu-panel" onSubmit={save}>
          <label htmlFor={`${id}-name`}>{t('name.label')}</label>
          <input
            id={`${id}-name`}
            data-testid="rename-input"
            value={draft}
            maxLength={NAME_MAX_LENGTH}
            autoComplete="given-name"
            placeholder={t('anonymous')}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
          <p className="hint">{t('menu.nameHint')}</p>
          <div className="button-row">
            <button type="submit" className="button small" data-testid="rename-submit">
              {t('menu.save')}
            </button>
            <button type="button" className="button secondary small" onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <AnswerStateLine store={store} status={status} />
    </div>
  );
}
