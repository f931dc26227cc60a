import { useRef, useState } from 'react';

/**
 * Clears a step after a test round. A native modal dialog: focus is trapped, Escape cancels, and
 * "Annuleren" has focus first so a stray Enter wipes nothing.
 */
export function ResetStepButton({ stepTitle, onReset }: { stepTitle: string; onReset: () => void }) {
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
        Antwoorden van deze stap wissen…
      </button>
      <p className="visually-hidden" aria-live="polite">
        {done ? `De antwoorden van ‘${stepTitle}’ zijn gewist.` : ''}
      </p>
      <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby="reset-title" aria-describedby="reset-text" data-testid="reset-dialog">
        <h2 id="reset-title">Stap wissen?</h2>
        <p id="reset-text">
          Weet je het zeker? Alle antwoorden van deze stap worden gewist. Dit geldt voor ‘{stepTitle}’: notities, groepen en antwoorden
          verdwijnen voor iedereen. Doe dit alleen na een proefronde.
        </p>
        <form method="dialog" className="dialog-buttons">
          <button type="submit" className="button secondary" autoFocus data-testid="reset-cancel">
            Annuleren
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
            Ja, alles wissen
          </button>
        </form>
      </dialog>
    </>
  );
}
