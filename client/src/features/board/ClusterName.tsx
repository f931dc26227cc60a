import { useState } from 'react';
import { useT } from '../../i18n/useT';

/** A group's name that becomes a text field on click: Enter (or leaving the field) saves, Escape cancels. */
export function ClusterName({ name, onRename, autoEdit = false }: { name: string; onRename: (label: string) => void; autoEdit?: boolean }) {
  const t = useT('board');
  const [draft, setDraft] = useState<string | null>(autoEdit ? name : null);
  if (draft === null) {
    return (
      <button type="button" className="cluster-name" onClick={() => setDraft(name)} aria-label={t('group.rename', { name })} data-testid="cluster-name">
        {name}
      </button>
    );
  }
  const save = () => {
    const label = draft.trim().slice(0, 80);
    setDraft(null);
    if (label && label !== name) onRename(label);
  };
  return (
    <input
      className="cluster-name-input"
      value={draft}
      // Focus follows the click that opened the field, like any inline rename.
      autoFocus
      maxLength={80}
      aria-label={t('group.nameInput')}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') {
          e.stopPropagation();
          setDraft(null);
        }
      }}
      data-testid="cluster-name-input"
    />
  );
}
