import { useDraggable } from '@dnd-kit/core';
import type { CanvasView } from '@visiebord/shared/doc';
import { memo } from 'react';
import { useT } from '../../i18n/useT';
import { clusterTarget, noteDrag, UNSORTED_TARGET } from './boardMove';
import type { MoveDestination } from './boardModel';
import { MoveToMenu } from './MoveToMenu';

type Note = CanvasView['notes'][number];

export type NoteCardProps = {
  note: Note;
  /** Where else this note can go, for "Verplaats naar…". */
  destinations: readonly MoveDestination[];
  spotlighted: boolean;
  onMove: (noteId: string, destinationId: string) => void;
  onHide: (noteId: string, hidden: boolean) => void;
  onSpotlight: (noteId: string, on: boolean) => void;
};

/** One sticky note on the board: a drag handle, "Verplaats naar…", hide/restore and spotlight. */
export const NoteCard = memo(function NoteCard({ note, destinations, spotlighted, onMove, onHide, onSpotlight }: NoteCardProps) {
  const t = useT('board');
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: noteDrag(note.id),
    data: { label: t('note.item', { text: note.text }), container: note.clusterId ? clusterTarget(note.clusterId) : UNSORTED_TARGET },
    attributes: { roleDescription: t('note.roleDescription') },
  });
  const className = ['console-note', note.hidden && 'hidden', isDragging && 'dragging', spotlighted && 'spotlighted'].filter(Boolean).join(' ');
  return (
    <li ref={setNodeRef} className={className} data-testid="console-note" data-hidden={note.hidden} data-note-id={note.id}>
      <button type="button" className="drag-handle" aria-label={t('note.dragHandle', { text: note.text })} data-testid="note-drag-handle" {...attributes} {...listeners}>
        <span aria-hidden="true">⠿</span>
      </button>
      <p className="note-text">
        {note.text}
        {note.hidden && <span className="note-flag"> · {t('note.hiddenFlag')}</span>}
      </p>
      <div className="note-actions">
        <MoveToMenu subject={t('note.moveSubject', { text: note.text })} destinations={destinations} onChoose={(id) => onMove(note.id, id)} testId="note-move-to" />
        <button
          type="button"
          className="button secondary small"
          onClick={() => onHide(note.id, !note.hidden)}
          aria-label={note.hidden ? t('note.showLabel', { text: note.text }) : t('note.hideLabel', { text: note.text })}
          data-testid="note-hide"
        >
          {note.hidden ? t('note.show') : t('note.hide')}
        </button>
        <button
          type="button"
          className={spotlighted ? 'button small' : 'button secondary small'}
          aria-pressed={spotlighted}
          aria-label={t('note.spotlightLabel', { text: note.text })}
          onClick={() => onSpotlight(note.id, !spotlighted)}
          disabled={note.hidden}
          data-testid="note-spotlight"
        >
          {t('spotlight')}
        </button>
      </div>
    </li>
  );
});
