import type * as Y from 'yjs';
import { roots } from './access.ts';
import { ORIGIN } from './roots.ts';

/**
 * The links of a trajectory ("traject"), kept in the workshops' own documents: a follow-up names
 * the workshop it follows, the first workshop of the trajectory and until when it is open; a
 * workshop lists the follow-ups started from it. No extra table: deleting a workshop deletes its
 * side of the link, and readers skip ids that no longer exist.
 */
export type FollowUpOf = { parentId: string; rootId: string; openUntil: number };
export type FollowUpLink = { id: string; createdAt: number };

const FOLLOW_UP_KEY = 'followUpOf';
const FOLLOW_UPS_KEY = 'followUps';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Marks a new workshop as a follow-up; written once, when it is made. */
export function setFollowUpOf(doc: Y.Doc, info: FollowUpOf, origin: unknown = ORIGIN.init): void {
  doc.transact(() => roots(doc).meta.set(FOLLOW_UP_KEY, { ...info }), origin);
}

/** What this workshop follows up on, or null for a study day of its own. */
export function readFollowUpOf(doc: Y.Doc): FollowUpOf | null {
  const v = roots(doc).meta.get(FOLLOW_UP_KEY);
  if (!isRecord(v) || typeof v.parentId !== 'string' || typeof v.rootId !== 'string' || typeof v.openUntil !== 'number') return null;
  return { parentId: v.parentId, rootId: v.rootId, openUntil: v.openUntil };
}

/** Whether a follow-up still takes answers and new phones (a study day of its own always does). */
export function isOpenAt(doc: Y.Doc, now: number): boolean {
  const followUp = readFollowUpOf(doc);
  return followUp === null || now < followUp.openUntil;
}

/** Records a follow-up in the workshop it was started from (the list is replaced whole). */
export function addFollowUpLink(doc: Y.Doc, link: FollowUpLink, origin: unknown = ORIGIN.facilitator): void {
  const links = readFollowUpLinks(doc).filter((l) => l.id !== link.id);
  doc.transact(() => roots(doc).meta.set(FOLLOW_UPS_KEY, [...links, link]), origin);
}

export function removeFollowUpLink(doc: Y.Doc, id: string, origin: unknown = ORIGIN.facilitator): void {
  const links = readFollowUpLinks(doc);
  if (!links.some((l) => l.id === id)) return;
  doc.transact(() => roots(doc).meta.set(FOLLOW_UPS_KEY, links.filter((l) => l.id !== id)), origin);
}

/** The follow-ups started from this workshop, oldest first. */
export function readFollowUpLinks(doc: Y.Doc): FollowUpLink[] {
  const v = roots(doc).meta.get(FOLLOW_UPS_KEY);
  if (!Array.isArray(v)) return [];
  return v
    .filter((l): l is FollowUpLink => isRecord(l) && typeof l.id === 'string' && typeof l.createdAt === 'number')
    .map((l) => ({ id: l.id, createdAt: l.createdAt }))
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** Whether this workshop belongs to a trajectory of more than one session: it has follow-ups, or is one. */
export function inTrajectory(doc: Y.Doc): boolean {
  return readFollowUpOf(doc) !== null || readFollowUpLinks(doc).length > 0;
}

/** A theme of the study day's vision, copied into a follow-up so its explanations are scored alike. */
export type CopiedTheme = { id: string; label: string; keywords: string[] };
const THEMES_KEY = 'visionThemes';

export function setCopiedThemes(doc: Y.Doc, themes: readonly CopiedTheme[], origin: unknown = ORIGIN.init): void {
  doc.transact(() => roots(doc).meta.set(THEMES_KEY, themes.map((t) => ({ id: t.id, label: t.label, keywords: [...t.keywords] }))), origin);
}

/** The themes a follow-up took from its study day, or null for a workshop that has its own. */
export function readCopiedThemes(doc: Y.Doc): CopiedTheme[] | null {
  const v = roots(doc).meta.get(THEMES_KEY);
  if (!Array.isArray(v)) return null;
  return v
    .filter((t): t is Record<string, unknown> => isRecord(t) && typeof t.id === 'string' && typeof t.label === 'string')
    .map((t) => ({ id: t.id as string, label: t.label as string, keywords: Array.isArray(t.keywords) ? t.keywords.filter((k): k is string => typeof k === 'string') : [] }));
}
