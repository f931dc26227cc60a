import type { CanvasView, ClusterView } from '@visiebord/shared/doc';
import '../../i18n/sources/board';
import { t } from '../../i18n';
import { DISSOLVED_LABEL } from '../../state/workshopActions';
import { clusterTarget, NEW_CLUSTER_TARGET, UNSORTED_TARGET, type BoardState } from './boardMove';

type Note = CanvasView['notes'][number];

export type BoardGroup = { cluster: ClusterView; notes: Note[] };
export type BoardLayout = { unsorted: Note[]; groups: BoardGroup[] };

/** A dissolved group: emptied and nameless (see `DISSOLVED_LABEL`). */
export const isDissolved = (cluster: ClusterView) => cluster.label === DISSOLVED_LABEL && cluster.noteIds.length === 0;

/** The notes of a canvas as the board lays them out: the unsorted pile and each live group. */
export function layoutBoard(canvas: CanvasView): BoardLayout {
  const groups = canvas.clusters.filter((c) => !isDissolved(c)).map((cluster) => ({ cluster, notes: [] as Note[] }));
  const byId = new Map(groups.map((g) => [g.cluster.id, g]));
  const unsorted: Note[] = [];
  for (const note of canvas.notes) {
    const group = note.clusterId ? byId.get(note.clusterId) : undefined;
    if (group) group.notes.push(note);
    else unsorted.push(note);
  }
  return { unsorted, groups };
}

export function boardState(canvas: CanvasView): BoardState {
  return {
    notes: canvas.notes.map((n) => ({ id: n.id, clusterId: n.clusterId })),
    clusters: canvas.clusters.filter((c) => !isDissolved(c)).map((c) => ({ id: c.id, suggested: c.suggested })),
  };
}

/** The name a group shows; a group whose name was cleared (or that is gone) still needs one to be talked about. */
export const clusterName = (cluster: { label: string } | undefined) => cluster?.label.trim() || t('board', 'unnamedGroup');

/** A place a note can be sent with "Verplaats naar…": a drop-target id and its name. */
export type MoveDestination = { id: string; label: string };

/**
 * For each place a note can be (a group id, or '' for the unsorted pile), where else it can go.
 * Made once per board change and shared by every note in that place, so 300 cards do not each
 * get a fresh list on every render.
 */
export function moveDestinations(layout: BoardLayout, names: { unsorted: string; newGroup: string }): Map<string, MoveDestination[]> {
  const groups = layout.groups.map((g) => ({ id: clusterTarget(g.cluster.id), label: clusterName(g.cluster) }));
  const newGroup = { id: NEW_CLUSTER_TARGET, label: names.newGroup };
  const byPlace = new Map<string, MoveDestination[]>([['', [...groups, newGroup]]]);
  for (const group of layout.groups) {
    const here = clusterTarget(group.cluster.id);
    byPlace.set(group.cluster.id, [{ id: UNSORTED_TARGET, label: names.unsorted }, ...groups.filter((d) => d.id !== here), newGroup]);
  }
  return byPlace;
}
