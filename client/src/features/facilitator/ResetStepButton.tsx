import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT';

/**
 * Clears a step after a test round. A native modal dialog: focus is trapped, Escape cancels, and
 * "Annuleren" has focus first so a stray Enter wipes nothing.
 */
export function ResetStepButton({ stepTitle, onReset }: { stepTitle: string; onReset: () => void }) {
  const t = useT('console');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button secondary small"
        onClick={() => {
          setDone(false);
          dialogRef.current?.showModal();
        }}
        data-testid="reset-step"
      >
        {t('reset.button')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {done ? t('reset.done', { title: stepTitle }) : ''}
      </p>
      <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby="reset-title" aria-describedby="reset-text" data-testid="reset-dialog">
        <h2 id="reset-title">{t('reset.dialogTitle')}</h2>
        <p id="reset-text">{t('reset.dialogText', { title: stepTitle })}</p>
        <form method="dialog" className="dialog-buttons">
          <button type="submit" className="button secondary" autoFocus data-testid="reset-cancel">
            {t('reset.cancel')}
          </button>
          <button
            type="submit"
            className="button danger"
            onClick={() => {
              onReset();
              setDone(true);
            }}
            data-testid="reset-confirm"
          >
            {t('reset.confirm')}
          </button>
        </form>
      </dialog>
    </>
  );
}
