import { isRecord, readStored, writeStored } from './storage';

/**
 * Keys of workshops created on this device. The console needs the beamer link to open the beamer,
 * and only the create response carries it, so we keep it here, keyed by workshop id.
 */
export type SavedWorkshop = { facilitatorKey: string; beamerKey: string; joinCode: string; beamerUrl: string };

const storageKey = (workshopId: string) => `visiebord:workshop:${workshopId}`;

const isSavedWorkshop = (v: unknown): v is SavedWorkshop =>
  isRecord(v) && typeof v.facilitatorKey === 'string' && typeof v.beamerKey === 'string' && typeof v.joinCode === 'string' && typeof v.beamerUrl === 'string';

export const loadSavedWorkshop = (workshopId: string) => readStored(storageKey(workshopId), isSavedWorkshop);

export const saveWorkshop = (workshopId: string, saved: SavedWorkshop) => writeStored(storageKey(workshopId), saved);
