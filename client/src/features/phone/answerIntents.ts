import type { AnswerIntent as AnswerBody } from '@visiebord/shared/intents';
import type { PhoneAnswers } from '@visiebord/shared/projection';

/**
 * Answers a phone sends for the current step (and a new name), as plain data. They travel through
 * the same outbox as notes, so a lost wifi connection or a reload loses none of them. Each answer
 * has a key: a newer answer with the same key makes an older, unsent one pointless.
 */
export type { AnswerBody };
/** A phone's reaction to a sentence, 'none' to take it back. */
export type Reaction = Extract<AnswerBody, { type: 'vision.react' }>['reaction'];

export type AnswerType = AnswerBody['type'];

/** What makes two answers "the same question": the later one replaces the earlier. */
export function answerKey(body: AnswerBody): string {
  switch (body.type) {
    case 'poll.answer':
      return `poll:${body.stepId}`;
    case 'vote.set':
      return `vote:${body.stepId}:${body.targetId}`;
    case 'rubric.answer':
      return `rubric:${body.stepId}:${body.aspectId}`;
    case 'sort.submit':
      return body.round ? `sort:${body.stepId}:${body.round}` : `sort:${body.stepId}`;
    case 'explain.submit':
      return `explain:${body.stepId}`;
    case 'vision.react':
      return `react:${body.stepId}:${body.sentenceKey}`;
    case 'profile.rename':
      return 'rename';
  }
}

export const answerStepId = (body: AnswerBody): string | null => (body.type === 'profile.rename' ? null : body.stepId);

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** For entries read back from localStorage: anything malformed is dropped rather than sent. */
export function isAnswerBody(value: unknown): value is AnswerBody {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  if (b.type === 'profile.rename') return isString(b.name);
  if (!isString(b.stepId)) return false;
  switch (b.type) {
    case 'poll.answer':
      return isString(b.value) || isStringList(b.value);
    case 'vote.set':
      return isString(b.targetId) && Number.isInteger(b.count);
    case 'rubric.answer':
      return isString(b.aspectId) && Number.isInteger(b.phase);
    case 'sort.submit':
      return Array.isArray(b.piles) && b.piles.every(isStringList) && (b.round === undefined || Number.isInteger(b.round));
    case 'explain.submit':
      return isString(b.text);
    case 'vision.react':
      return isString(b.sentenceKey) && (b.reaction === 'agree' || b.reaction === 'question' || b.reaction === 'none');
    default:
      return false;
  }
}

/**
 * The phone's own answers once the server acknowledged one, applied at once so the screen does not
 * flicker back to the old answer before the server's `mine` message arrives.
 */
export function applyAnswerToMine(answers: PhoneAnswers, body: AnswerBody): PhoneAnswers {
  switch (body.type) {
    case 'poll.answer':
      return { ...answers, poll: Array.isArray(body.value) ? body.value : [body.value] };
    case 'vote.set': {
      const votes = { ...answers.votes };
      if (body.count > 0) votes[body.targetId] = body.count;
      else delete votes[body.targetId];
      return { ...answers, votes };
    }
    case 'rubric.answer':
      return { ...answers, rubric: { ...answers.rubric, [body.aspectId]: body.phase } };
    case 'sort.submit': {
      const piles = body.piles.filter((p) => p.length > 0);
      // A further handful's piles go beside the first, which stays as it was sent.
      return body.round ? { ...answers, moreSorts: { ...answers.moreSorts, [body.round]: piles } } : { ...answers, sort: piles };
    }
    case 'explain.submit':
      return { ...answers, explanation: body.text };
    case 'vision.react': {
      const reactions = { ...answers.reactions };
      if (body.reaction === 'none') delete reactions[body.sentenceKey];
      else reactions[body.sentenceKey] = body.reaction;
      return { ...answers, reactions };
    }
    case 'profile.rename':
      return answers;
  }
}
