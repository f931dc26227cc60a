import { readStored, removeStored, writeStored } from '../../lib/storage';
import { restoreOutbox, type Outbox } from './outbox';

/** The phone's unsent intents, kept per join code so a reload or a flat battery loses none. */
const outboxKey = (code: string) => `visiebord:outbox:${code}`;

export const loadOutbox = (code: string): Outbox => restoreOutbox(readStored(outboxKey(code), (v): v is unknown => v !== null));
export function saveOutbox(code: string, outbox: Outbox): void {
  if (outbox.entries.length === 0) removeStored(outboxKey(code));
  else writeStored(outboxKey(code), outbox);
}
