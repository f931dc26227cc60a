import { useEffect, useState } from 'react';
import { requestJson } from '../../lib/api';
import type { SyncStatus } from '../../state/workshopStore';

/**
 * How far the server's clock is ahead of this machine's (ms). The timer's end is stamped by the
 * server; a beamer laptop whose clock is off by a minute must still count down with the phones.
 * Measured again on every (re)connect, halving the round trip, since a laptop that slept may have
 * drifted or been corrected meanwhile.
 */
export function useServerClockOffset(workshopId: string, key: string | null, status: SyncStatus): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (!key || status !== 'connected') return;
    const controller = new AbortController();
    const sentAt = Date.now();
    requestJson<{ serverNow?: number }>(`/api/workshops/${encodeURIComponent(workshopId)}/public`, { token: key, signal: controller.signal }).then(
      ({ serverNow }) => {
        const receivedAt = Date.now();
        if (typeof serverNow === 'number') setOffset(serverNow - (sentAt + receivedAt) / 2);
      },
      // Keep the last known offset: a failed measurement is no reason to jump the clock.
      () => undefined,
    );
    return () => controller.abort();
  }, [workshopId, key, status]);
  return offset;
}

/** This machine's time, re-rendered every `intervalMs` while `active`. */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return now;
}
