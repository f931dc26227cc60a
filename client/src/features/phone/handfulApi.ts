import { requestJson } from '../../lib/api';

export type Handful = { stepId: string; notes: Array<{ id: string; text: string }> };

/** The notes this phone is asked to sort in a group step (the same ones after a reload). */
export const fetchHandful = (workshopId: string, token: string, signal?: AbortSignal) =>
  requestJson<Handful>(`/api/workshops/${encodeURIComponent(workshopId)}/handful`, { token, signal });
