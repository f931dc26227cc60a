import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { MoveDestination } from './boardModel';

/**
 * "Verplaats naar…": the non-drag way to move a note or merge a group (WCAG 2.2, 2.5.7). A button
 * that opens a short list of destinations; Escape closes it and focus returns to the button.
 */
export function MoveToMenu({
  label: ownLabel,
  subject,
  destinations,
  onChoose,
  testId,
}: {
  label?: string;
  /** What moves, for screen readers: "Verplaats naar…, notitie ‘…’". */
  subject: string;
  destinations: readonly MoveDestination[];
  onChoose: (destinationId: string) => void;
  testId: string;
}) {
  const t = useT('board');
  const label = ownLabel ?? t('moveTo');
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector('button')?.focus();
    const onPointer = (event: PointerEvent) => {
      const root = buttonRef.current?.parentElement;
      if (root && !root.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div className="move-menu" onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), close())}>
      <button
        ref={buttonRef}
        type="button"
        className="button secondary small"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`${label} ${subject}`}
        onClick={() => setOpen((o) => !o)}
        data-testid={testId}
      >
        {label}
      </button>
      {open && (
        <ul className="move-menu-list" id={menuId} aria-label={label}>
          {destinations.length === 0 && <li className="hint">{t('noOtherGroup')}</li>}
          {destinations.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                className="move-menu-item"
                data-testid="move-destination"
                onClick={() => {
                  close();
                  onChoose(d.id);
                }}
              >
                {d.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
