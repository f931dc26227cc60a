import type { T } from '../../i18n/useT';

/** The step types the console has a name for (`stepType.<type>` in the console namespace). */
const NAMED_TYPES = new Set(['info', 'prompt', 'poll', 'vote', 'group', 'synthesis', 'rubric', 'explain', 'close']);

/** How the console names a step type; a type it does not know shows as it is. */
export const stepTypeLabel = (t: T, type: string): string => (NAMED_TYPES.has(type) ? t(`stepType.${type}`) : type);
