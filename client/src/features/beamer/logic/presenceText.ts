import '../../../i18n/sources/beamer';
import { t } from '../../../i18n';
import type { Presence } from '@visiebord/shared/protocol';

/**
 * The room's presence in one line: "38 van 52 hebben geantwoord" on steps that ask
 * something, "52 telefoons verbonden" otherwise. "Van" counts the phones that joined, not those
 * online this second: a locked phone drops its socket, and the room should not see its total
 * shrink while colleagues are thinking. The server counts `answered` for its current step; a
 * count for another step (just after a step change) is not shown.
 */
export function presenceText(presence: Presence | null, stepId: string | undefined, asksAnswers: boolean): string | null {
  if (!presence) return null;
  const present = Math.max(presence.online, 0);
  if (asksAnswers && presence.stepId === stepId) {
    const of = Math.max(presence.joined, presence.answered);
    return t('beamer', 'presence.answered', { count: presence.answered, of });
  }
  return t('beamer', 'presence.connected', { count: present });
}

/** Step types where phones answer something (and so "x van y hebben geantwoord" means something). */
export const ANSWERING_STEPS = new Set(['prompt', 'poll', 'vote', 'group', 'rubric', 'explain', 'synthesis']);
