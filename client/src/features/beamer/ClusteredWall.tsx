import type { CanvasView, ClusterView } from '@visiebord/shared/doc';
import { fitKey } from './logic/fitKey';
import { useFitFontSize } from './useFitFontSize';
import { useT } from '../../i18n/useT';

/** The facilitator's clusters as labelled groups of notes; what is not in a group comes last, as "Overig". */
export function ClusteredWall({ notes, clusters }: { notes: CanvasView['notes']; clusters: ClusterView[] }) {
  const t = useT('beamer');
  const groups = clusters
    .map((c) => ({ id: c.id, label: c.label || t('unnamedGroup'), notes: notes.filter((n) => n.clusterId === c.id) }))
    .filter((g) => g.notes.length > 0);
  const grouped = new Set(groups.flatMap((g) => g.notes.map((n) => n.id)));
  const loose = notes.filter((n) => !grouped.has(n.id));
  if (loose.length > 0) groups.push({ id: '_overig', label: t('otherNotes'), notes: loose });
  const { ref } = useFitFontSize<HTMLUListElement>(`${fitKey(notes)}#${groups.map((g) => `${g.id}:${g.label}:${g.notes.length}`).join('|')}`, { min: 13, max: 36 });
  return (
    <ul className="beamer-groups" ref={ref}>
      {groups.map((group) => (
        <li key={group.id} className={`beamer-group-box ${group.id === '_overig' ? 'loose' : ''}`} data-testid="beamer-cluster">
          <h3 className="beamer-group-label">
            {group.label} <span className="beamer-group-size">{group.notes.length}</span>
          </h3>
          <ul className="beamer-group-notes">
            {group.notes.map((note) => (
              <li key={note.id} className="beamer-note" data-testid="beamer-note">
                {note.text}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
