/**
 * A step's countdown as the console, the beamer and the phones all show it: "4:05", or
 * "1:01:05" past an hour. Rounded up, so "0:00" only shows when the time is really up.
 * @example formatCountdown(245_000) // "4:05"
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
