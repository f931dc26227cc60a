import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';

/** A plain drop target with a name for announcements: the unsorted pile or "Nieuwe groep". */
export function DropZone({ id, label, order, className, testId, children }: { id: string; label: string; order: number; className: string; testId: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id, data: { label, order } });
  return (
    <section ref={setNodeRef} className={isOver ? `${className} over` : className} aria-label={label} data-testid={testId} data-drop-id={id}>
      {children}
    </section>
  );
}
