import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { connectWorkshop } from '../../sync/connectWorkshop';
import { createWorkshopActions } from '../../state/workshopActions';
import { createWorkshopStore } from '../../state/workshopStore';

/**
 * One synced workshop for the console or the beamer: a store to read and actions to change it.
 * The document lives as long as the page; the socket follows the component's lifetime.
 */
export function useWorkshopSync(workshopId: string, key: string | null) {
  const [session] = useState(() => {
    const doc = new Y.Doc();
    return { doc, store: createWorkshopStore(), actions: createWorkshopActions(doc) };
  });
  useEffect(() => {
    if (!key) return;
    return connectWorkshop({ doc: session.doc, workshopId, key, store: session.store });
  }, [session, workshopId, key]);
  return { store: session.store, actions: session.actions };
}
