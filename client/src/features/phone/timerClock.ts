import type { PhoneTimer } from '@visiebord/shared/projection';
import { remainingMs } from '@visiebord/shared/rules';

/**
 * The step's countdown on the server's clock. `offset` is server time minus this phone's time,
 * measured when the step arrived, so a phone whose clock is minutes off still counts right.
 */
export function timerRemainingMs(timer: PhoneTimer | null, offset: number, now: number): number | null {
  return timer ? remainingMs(timer, now + offset) : null;
}
