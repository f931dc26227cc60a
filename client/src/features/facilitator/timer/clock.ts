/** How the console's countdown reads. Pure, so it is tested alone. */

/** Spoken form for screen readers, e.g. "4 minuten en 5 seconden". */
export function spokenCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const m = minutes === 1 ? '1 minuut' : `${minutes} minuten`;
  const s = seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  if (minutes === 0) return s;
  return seconds === 0 ? m : `${m} en ${s}`;
}
