import type { PhoneNote } from '@visiebord/shared/projection';
import { isNoteEntry, resolveKey, type Outbox } from './outbox';

/** What the person sees of one of their notes: the server's copy, with what is still on its way laid over it. */
export type OwnNoteView = {
  key: string;
  canvasId: string;
  text: string;
  state: 'queued' | 'sending' | 'sent' | 'failed';
  /** What is still on its way (or was refused) for this note. */
  pending?: 'add' | 'edit' | 'delete';
  /** The server's reason, when it refused. */
  error?: string;
  /** The outbox entry behind a refusal, so it can be sent again. */
  entryId?: string;
  /** Hidden by the facilitator: the author still sees it. */
  hidden: boolean;
};

/**
 * Merges the notes the server confirmed with the outbox: a queued note shows at once, an edit
 * shows its new text, a note being deleted leaves the list (unless the delete was refused).
 * Newest first.
 */
export function ownNoteViews(own: Record<string, PhoneNote>, outbox: Outbox): OwnNoteView[] {
  const views = new Map<string, OwnNoteView>();
  // The server sends own notes oldest first and deltas keep that order, so insertion order is creation order.
  for (const note of Object.values(own)) views.set(note.id, { key: note.id, canvasId: note.canvasId, text: note.text, state: 'sent', hidden: note.hidden });
  for (const entry of outbox.entries.filter(isNoteEntry)) {
    const key = resolveKey(outbox, entry.noteKey);
    const pending = {
      state: entry.state,
      pending: entry.type === 'note.add' ? ('add' as const) : entry.type === 'note.edit' ? ('edit' as const) : ('delete' as const),
      error: entry.error,
      entryId: entry.state === 'failed' ? entry.id : undefined,
    };
    if (entry.type === 'note.add') {
      views.set(key, { key, canvasId: entry.canvasId, text: entry.text, hidden: false, ...pending });
      continue;
    }
    const view = views.get(key);
    if (!view) continue;
    if (entry.type === 'note.edit') views.set(key, { ...view, text: entry.text, ...pending });
    else if (entry.state === 'failed') views.set(key, { ...view, ...pending });
    else views.delete(key);
  }
  return [...views.values()].reverse(); // newest first: what you just posted is at the top
}
