import { useId } from 'react';
import type { WorkshopActions } from '../../../state/workshopActions';
import type { WorkshopStore } from '../../../state/workshopStore';
import { useSharedText } from './useSharedText';

/** A labelled textarea that several facilitators can type in at once. */
export function SharedTextArea({ store, actions, textKey, label, hint, rows = 4, testId }: { store: WorkshopStore; actions: WorkshopActions; textKey: string; label: string; hint?: string; rows?: number; testId: string }) {
  const { ref, value, onChange } = useSharedText(store, actions, textKey);
  const id = useId();
  return (
    <div className="shared-text">
      <label htmlFor={id} className="shared-text-label">
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea ref={ref} id={id} rows={rows} value={value} onChange={onChange} aria-describedby={hint ? `${id}-hint` : undefined} maxLength={5000} data-testid={testId} data-key={textKey} />
    </div>
  );
}
