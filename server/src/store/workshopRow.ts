import type { WorkshopRecord } from './types.ts';

/** A `workshops` row as both stores read it; Postgres gives its BIGINTs as strings. */
export type WorkshopRow = {
  id: string;
  join_code: string;
  facilitator_key_hash: string;
  beamer_key_hash: string;
  created_at: number | string;
  last_activity_at: number | string;
  delete_after: number | string;
};

export const toWorkshop = (row: WorkshopRow | undefined): WorkshopRecord | undefined =>
  row && {
    id: row.id,
    joinCode: row.join_code,
    facilitatorKeyHash: row.facilitator_key_hash,
    beamerKeyHash: row.beamer_key_hash,
    createdAt: Number(row.created_at),
    lastActivityAt: Number(row.last_activity_at),
    deleteAfter: Number(row.delete_after),
  };
