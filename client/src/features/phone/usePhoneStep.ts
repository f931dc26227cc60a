import type { PhoneAnswers } from '@visiebord/shared/projection';
import { useMemo, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { PhoneStore } from '../../state/phoneStore';
import { answerStatus, type AnswerStatus } from './answerStatus';
import type { Outbox } from './outbox';
import { readSeconds, subscribeNever, subscribeSeconds } from './secondClock';
import { timerRemainingMs } from './timerClock';

const NO_ANSWERS: PhoneAnswers = {};

/** This phone's own answers to the current step (empty until the server said, or for another step). */
export function useMyAnswers(store: PhoneStore): PhoneAnswers {
  const mine = useStore(store, (s) => s.mine);
  const stepId = useStore(store, (s) => s.step?.id);
  return mine && mine.stepId === stepId ? mine.answers : NO_ANSWERS;
}

/** Milliseconds left on the current step's timer (server clock), ticking each second; null without a timer. */
export function useRemainingMs(store: PhoneStore): number | null {
  const timer = useStore(store, (s) => s.step?.timer ?? null);
  const offset = useStore(store, (s) => s.clockOffset);
  const now = useSyncExternalStore(timer ? subscribeSeconds : subscribeNever, readSeconds);
  return timerRemainingMs(timer, offset, now);
}

/** At zero the step closes for answers (the server refuses them with `time_up` too) until time is added. */
export function useTimeUp(store: PhoneStore): boolean {
  return useRemainingMs(store) === 0;
}

/** What a step that takes several answers reads: the server's word on them, what still waits to be sent, and whether time is up. */
export function useAnswering(store: PhoneStore): { mine: PhoneAnswers; outbox: Outbox; timeUp: boolean } {
  return { mine: useMyAnswers(store), outbox: useStore(store, (s) => s.outbox), timeUp: useTimeUp(store) };
}

export function useAnswerStatus(store: PhoneStore, keys: readonly string[], acknowledged: boolean): AnswerStatus {
  const outbox = useStore(store, (s) => s.outbox);
  const joined = keys.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `joined` stands for `keys`
  return useMemo(() => answerStatus(outbox, keys, acknowledged), [outbox, joined, acknowledged]);
}
