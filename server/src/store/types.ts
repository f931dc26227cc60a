/**
 * Everything Visiebord keeps on disk, behind one small interface so a Postgres store can join the
 * SQLite one later. Every implementation runs the conformance suite in `conformance.ts`.
 */

export type WorkshopRecord = {
  id: string;
  joinCode: string;
  facilitatorKeyHash: string;
  beamerKeyHash: string;
  createdAt: number;
  lastActivityAt: number;
  /** Retention (AVG): the workshop is deleted after this moment. */
  deleteAfter: number;
};

export type ParticipantRecord = { id: string; workshopId: string; tokenHash: string; createdAt: number };

export type StoredDoc = { snapshot: Uint8Array | null; updates: Uint8Array[]; lastSeq: number };

export interface Store {
  createWorkshop(workshop: WorkshopRecord, initialUpdate: Uint8Array): void;
  getWorkshop(id: string): WorkshopRecord | undefined;
  findWorkshopByJoinCode(joinCode: string): WorkshopRecord | undefined;
  touchWorkshop(id: string, now: number, deleteAfter: number): void;
  /** Removes the workshop and everything in it, leaving none of its content in the data files. */
  deleteWorkshop(id: string): boolean;
  listExpiredWorkshops(now: number): string[];
  countWorkshops(): number;

  /** Appends one document update; durable when this returns. Returns its sequence number. */
  appendUpdate(workshopId: string, update: Uint8Array): number;
  loadDoc(workshopId: string): StoredDoc;
  /** Replaces the updates up to `uptoSeq` by one snapshot. */
  compact(workshopId: string, snapshot: Uint8Array, uptoSeq: number): void;

  addParticipant(participant: ParticipantRecord): void;
  findParticipantByToken(workshopId: string, tokenHash: string): ParticipantRecord | undefined;
  countParticipants(workshopId: string): number;

  /** The answer given to an intent id, so a retry gets the same answer and changes nothing. */
  getIntentResult(workshopId: string, intentId: string): { participantId: string; result: string } | undefined;
  recordIntentResult(workshopId: string, intentId: string, participantId: string, result: string, now: number): void;

  /** Runs `fn` atomically: all of its writes land, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
