import { useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { STATEMENT_KEY } from '@visiebord/shared/doc';
import type { WorkshopActions } from '../../../state/workshopActions';
import type { WorkshopState, WorkshopStore } from '../../../state/workshopStore';
import { applyChange, diffText, rebaseChange, transformIndex, type TextChange } from './textDiff';

type Selection = { start: number; end: number };

const moveSelection = (selection: Selection, change: TextChange): Selection => ({
  start: transformIndex(selection.start, change),
  end: transformIndex(selection.end, change),
});

const readText = (state: WorkshopState, key: string) =>
  key === STATEMENT_KEY ? (state.vision?.statement ?? '') : (state.vision?.parts.find((p) => p.canvasId === key)?.text ?? '');

/**
 * A textarea bound to one shared vision text. Typing becomes the smallest splice on the shared
 * text; edits from another facilitator arrive as a diff against what is on screen, and the caret
 * moves with them instead of jumping to the end.
 */
export function useSharedText(store: WorkshopStore, actions: WorkshopActions, key: string) {
  const [value, setValue] = useState(() => readText(store.getState(), key));
  const shown = useRef(value);
  const ref = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<Selection | null>(null);

  useEffect(() => {
    const show = (docValue: string) => {
      if (docValue === shown.current) return;
      // Someone else changed the text: carry our caret across their change.
      const change = diffText(shown.current, docValue);
      const element = ref.current;
      if (change && element && document.activeElement === element) {
        pendingSelection.current = moveSelection({ start: element.selectionStart, end: element.selectionEnd }, change);
      }
      shown.current = docValue;
      setValue(docValue);
    };
    show(readText(store.getState(), key));
    return store.subscribe((state) => show(readText(state, key)));
  }, [store, key]);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const element = ref.current;
    if (!selection || !element) return;
    pendingSelection.current = null;
    element.setSelectionRange(selection.start, selection.end);
  });

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const next = event.target.value;
    const local = diffText(shown.current, next);
    if (!local) return;
    // The document may already hold a change that has not reached the screen yet.
    const current = actions.readVisionText(key);
    const remote = current === shown.current ? null : diffText(shown.current, current);
    const change = remote ? rebaseChange(local, remote) : local;
    const merged = remote ? applyChange(current, change) : next;
    if (merged !== next) {
      const after = diffText(next, merged);
      const selection = { start: event.target.selectionStart, end: event.target.selectionEnd };
      pendingSelection.current = after ? moveSelection(selection, after) : selection;
    }
    // Set before the splice: the store echoes our own change synchronously.
    shown.current = merged;
    setValue(merged);
    actions.spliceVisionText(key, change.index, change.remove, change.insert);
  };

  return { ref, value, onChange };
}
