/** The only place that names the document's Yjs roots. */
export const ROOT = {
  meta: 'meta',
  flow: 'flow',
  canvases: 'canvases',
  participants: 'participants',
} as const;

/** Roots holding per-participant answers to poll, vote, rubric, group and explain steps. */
export const ROOT_ANSWERS = {
  votes: 'votes',
  polls: 'polls',
  rubric: 'rubric',
  sorts: 'sorts',
  explanations: 'explanations',
  reactions: 'reactions',
} as const;

/** The shared draft of the vision: a Y.Text per question and the assembled statement. */
export const ROOT_VISION = 'vision';

/** Bumped when the document's shape changes; `migrate` brings older documents up to date. */
export const SCHEMA_VERSION = 1;

/** Origins passed to `doc.transact` so observers can tell who changed what. */
export const ORIGIN = {
  init: 'visiebord:init',
  intent: 'visiebord:intent',
  facilitator: 'visiebord:facilitator',
} as const;
