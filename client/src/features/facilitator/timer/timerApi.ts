import type { Timer } from '@visiebord/shared/doc';
import { requestJson } from '../../../lib/api';

export type TimerCommand = 'start' | 'pause' | 'addMinute' | 'clear';

export type TimerAnswer = { ok: true; timer: Timer | null; serverNow: number };

/** Asks the server to start, pause, extend or stop the current step's timer (it runs on the server's clock). */
export const postTimer = (workshopId: string, key: string, action: TimerCommand, seconds?: number) =>
  requestJson<TimerAnswer>(`/api/workshops/${encodeURIComponent(workshopId)}/timer`, {
    method: 'POST',
    token: key,
    body: seconds === undefined ? { action } : { action, seconds },
  });

