import { useCallback, useEffect, useState } from 'react';
import { fetchPublicWorkshop } from '../../lib/api';
import type { SyncStatus } from '../../state/workshopStore';

/**
 * How far the server's clock is ahead of ours, from one request: assume the answer was stamped
 * halfway through the round trip (a slow laptop clock must not shorten the room's timer).
 */
export function clockOffset(serverNow: number, sentAt: number, receivedAt: number): number {
  return serverNow - (sentAt + receivedAt) / 2;
}

/**
 * The server's clock as seen from the console or the beamer. The step timer is stamped by the
 * server; a laptop whose clock is off by a minute must still count down with the phones. Measured
 * on every (re)connect — a laptop that slept may have drifted — and corrected by any answer that
 * carries `serverNow` (`learn`).
 */
export function useServerClock(workshopId: string, key: string | null, status: SyncStatus = 'connected') {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (!key || status !== 'connected') return;
    const controller = new AbortController();
    const sentAt = Date.now();
    fetchPublicWorkshop(workshopId, key, controller.signal).then(
      ({ serverNow }) => setOffset(clockOffset(serverNow, sentAt, Date.now())),
      // Keep the last known offset: a failed measurement is no reason to jump the clock.
      () => undefined,
    );
    return () => controller.abort();
  }, [workshopId, key, status]);
  const learn = useCallback((serverNow: number, sentAt: number) => setOffset(clockOffset(serverNow, sentAt, Date.now())), []);
  return { offset, learn };
}

/** This machine's time, re-rendered every `intervalMs` while `active` (for a countdown). */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return now;
}
