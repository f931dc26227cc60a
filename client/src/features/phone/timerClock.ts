import type { PhoneTimer } from '@visiebord/shared/projection';

/**
 * The step's countdown on the server's clock. `offset` is server time minus this phone's time,
 * measured when the step arrived, so a phone whose clock is minutes off still counts right.
 */
export function timerRemainingMs(timer: PhoneTimer | null, offset: number, now: number): number | null {
  if (!timer) return null;
  return timer.running ? Math.max(0, timer.endsAt - (now + offset)) : Math.max(0, timer.remainingMs);
}

/** For screen readers: announced once per minute, not every second. */
export function spokenRemaining(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms <= 0) return 'De tijd is om';
  return minutes <= 1 ? 'Nog minder dan een minuut' : `Nog ${minutes} minuten`;
}
