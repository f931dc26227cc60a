import { inTrajectory, readFlow, readResults, readVision, readWorkshop, ROOT, ROOT_ANSWERS, ROOT_VISION } from '@visiebord/shared/doc';
import type * as Y from 'yjs';
import type { WorkshopStore } from '../state/workshopStore';

/** Runs `flush` soon, once, however many changes arrive before then. */
export type Scheduler = (flush: () => void) => void;

// 40 ms: a burst of notes from a full room becomes one render, and it still feels instant.
const defaultScheduler: Scheduler = (flush) => void setTimeout(flush, 40);

/**
 * Observes the workshop document and writes it into the store as plain data (`readWorkshop`,
 * flow, results, vision, whether it is part of a trajectory), batched. Components read the store; nothing outside `sync/` touches Yjs. Returns an unsubscribe.
 */
export function bindDoc(doc: Y.Doc, store: WorkshopStore, schedule: Scheduler = defaultScheduler): () => void {
  let pending = false;
  let active = true;
  const flush = () => {
    pending = false;
    if (active) store.setState({ snapshot: readWorkshop(doc), flow: readFlow(doc), results: readResults(doc), vision: readVision(doc), inTrajectory: inTrajectory(doc) });
  };
  const onChange = (_events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    // The facilitator's own clicks show at once (a controlled checkbox must not bounce back);
    // what arrives from the room is batched.
    if (transaction.local) {
      flush();
      return;
    }
    if (pending) return;
    pending = true;
    schedule(flush);
  };
  const observed = [...Object.values(ROOT), ...Object.values(ROOT_ANSWERS), ROOT_VISION].map((name) => doc.getMap<unknown>(name));
  for (const type of observed) type.observeDeep(onChange);
  flush();
  return () => {
    active = false;
    for (const type of observed) type.unobserveDeep(onChange);
  };
}
