import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { CanvasView, Spotlight } from '@visiebord/shared/doc';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import type { WorkshopActions } from '../../state/workshopActions';
import { boardAnnouncements, boardInstructions } from './announcements';
import { dropResult, NEW_CLUSTER_TARGET, notesToMerge, UNSORTED_TARGET, type BoardChange } from './boardMove';
import { boardState, layoutBoard, moveDestinations } from './boardModel';
import { ClusterColumn } from './ClusterColumn';
import { DropZone } from './DropZone';
import { jumpCoordinates } from './keyboardJump';
import { NoteCard } from './NoteCard';
import './board.css';

// The pointer decides under the mouse; the keyboard (no pointer) falls back to overlap.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/**
 * The notes of one canvas, sorted into groups by the facilitator: drag with the mouse, with a
 * finger (a short hold, so scrolling still works) or with the keyboard — or use "Verplaats naar…".
 * Every drop is turned into one change by `dropResult` and then one action.
 */
export function Board({ canvas, actions, spotlight }: { canvas: CanvasView; actions: WorkshopActions; spotlight: Spotlight | null }) {
  const t = useT('board');
  const layout = useMemo(() => layoutBoard(canvas), [canvas]);
  const state = useMemo(() => boardState(canvas), [canvas]);
  // `t` changes with the language: the group names in the menus (and "Naamloze groep") follow it.
  const destinations = useMemo(() => moveDestinations(layout, { unsorted: t('unsorted'), newGroup: t('addGroup') }), [layout, t]);
  const accessibility = useMemo(() => ({ announcements: boardAnnouncements(t), screenReaderInstructions: boardInstructions(t) }), [t]);
  const [dragLabel, setDragLabel] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpCoordinates }),
  );

  const apply = useCallback(
    (change: BoardChange) => {
      if (change.kind === 'assign') actions.assignNote(canvas.id, change.noteId, change.clusterId, change.accept);
      if (change.kind === 'assignToNew') setCreatedId(actions.createCluster(canvas.id, t('newGroup'), change.noteId));
      if (change.kind === 'merge') actions.mergeClusters(canvas.id, change.fromClusterId, change.intoClusterId, notesToMerge(state, change.fromClusterId), change.accept);
    },
    [actions, canvas.id, state, t],
  );

  // A moved card is re-mounted in its new group; keyboard users keep their place on it.
  const refocus = useRef<{ noteId: string; testId: string } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    const element = boardRef.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(target.noteId)}"] [data-testid="${target.testId}"]`);
    // A rename field that just opened (a new group) keeps the focus.
    if (element && !(document.activeElement instanceof HTMLInputElement)) element.focus();
    refocus.current = null;
  }, [layout]);

  const onMove = useCallback(
    (noteId: string, destinationId: string) => {
      const change = dropResult(state, { activeId: `note:${noteId}`, overId: destinationId });
      refocus.current = { noteId, testId: 'note-move-to' };
      if (change) apply(change);
    },
    [apply, state],
  );
  const onHide = useCallback((noteId: string, hidden: boolean) => actions.setNoteHidden(noteId, hidden), [actions]);
  const onSpotlightNote = useCallback(
    (noteId: string, on: boolean) => actions.setSpotlight(on ? { kind: 'note', id: noteId, canvasId: canvas.id } : null),
    [actions, canvas.id],
  );

  const onDragStart = (event: DragStartEvent) => {
    const label = event.active.data.current?.label;
    setDragLabel(typeof label === 'string' ? label : null);
  };
  // Keyboard dragging jumps between groups that may lie below the fold: bring the one under the card into view.
  const onDragOver = (event: DragOverEvent) => {
    if (!(event.activatorEvent instanceof KeyboardEvent) || !event.over) return;
    const target = boardRef.current?.querySelector(`[data-drop-id="${CSS.escape(String(event.over.id))}"]`);
    target?.scrollIntoView({ block: 'nearest' });
  };
  const onDragEnd = (event: DragEndEvent) => {
    setDragLabel(null);
    const activeId = String(event.active.id);
    const change = dropResult(state, { activeId, overId: event.over ? String(event.over.id) : null });
    if (activeId.startsWith('note:') && event.activatorEvent instanceof KeyboardEvent) refocus.current = { noteId: activeId.slice(5), testId: 'note-drag-handle' };
    if (change) apply(change);
  };

  const isSpotlit = (kind: Spotlight['kind'], id: string) => spotlight?.kind === kind && spotlight.id === id;
  const noteCard = (note: CanvasView['notes'][number]) => (
    <NoteCard
      key={note.id}
      note={note}
      destinations={destinations.get(note.clusterId ?? '') ?? destinations.get('') ?? []}
      spotlighted={isSpotlit('note', note.id)}
      onMove={onMove}
      onHide={onHide}
      onSpotlight={onSpotlightNote}
    />
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragLabel(null)}
      accessibility={accessibility}
    >
      <div className="board" ref={boardRef} data-testid="board">
        <DropZone id={UNSORTED_TARGET} label={t('unsorted')} order={0} className="board-unsorted" testId="board-unsorted">
          <h4 className="board-zone-title">
            {t('unsorted')} <span className="cluster-count">{layout.unsorted.length}</span>
          </h4>
          {layout.unsorted.length === 0 ? <p className="hint">{t('allGrouped')}</p> : <ul className="board-notes">{layout.unsorted.map(noteCard)}</ul>}
        </DropZone>
        <div className="board-groups">
          {layout.groups.map((group, index) => (
            <ClusterColumn
              key={group.cluster.id}
              group={group}
              order={index + 1}
              others={(destinations.get(group.cluster.id) ?? []).filter((d) => d.id.startsWith('cluster:'))}
              spotlighted={isSpotlit('cluster', group.cluster.id)}
              justCreated={createdId === group.cluster.id}
              onRename={(id, label) => actions.renameCluster(canvas.id, id, label)}
              onAccept={(id) => actions.acceptCluster(canvas.id, id)}
              onMerge={(from, into) => {
                const change = dropResult(state, { activeId: `drag-cluster:${from}`, overId: into });
                if (change) apply(change);
              }}
              onDissolve={(id) => actions.dissolveCluster(canvas.id, id)}
              onSpotlight={(id, on) => actions.setSpotlight(on ? { kind: 'cluster', id, canvasId: canvas.id } : null)}
            >
              {group.notes.map(noteCard)}
            </ClusterColumn>
          ))}
          <DropZone id={NEW_CLUSTER_TARGET} label={t('newGroup')} order={layout.groups.length + 1} className="board-new-cluster" testId="board-new-cluster">
            <p className="hint">{t('dropForNewGroup')}</p>
            <button type="button" className="button secondary" onClick={() => setCreatedId(actions.createCluster(canvas.id, t('newGroup')))} data-testid="cluster-create">
              {t('addGroup')}
            </button>
          </DropZone>
        </div>
      </div>
      <DragOverlay dropAnimation={null}>{dragLabel ? <div className="drag-preview">{dragLabel}</div> : null}</DragOverlay>
    </DndContext>
  );
}
