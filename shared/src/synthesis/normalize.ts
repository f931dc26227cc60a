// Phones type fast: capitals, accents, emoji, hyphens and apostrophes all vary between people
// who mean the same word, so every comparison starts from one plain form.

const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower case, no accents (ë → e, é → e), typographic quotes made plain. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/** A word as typed, plus the pieces a hyphen or apostrophe marked (pabo-studenten → pabo, studenten). */
export type Token = { word: string; parts: string[] };

// Clitics such as z'n, d'r, 't and the plural apostrophe (lio's, lio'ers) belong to the word they hang on.
const PLURAL_APOSTROPHE = /([a-z])'(s|ers?|tje|tjes)\b/g;

/** Splits folded text into word tokens; numbers stay (groep 8, jaar 2), punctuation and emoji go. */
export function tokenize(text: string): Token[] {
  const folded = foldText(text).replace(PLURAL_APOSTROPHE, '$1$2');
  const tokens: Token[] = [];
  for (const raw of folded.split(/[^a-z0-9'-]+/)) {
    const cleaned = raw.replace(/^['-]+|['-]+$/g, '');
    if (cleaned.length === 0) continue;
    if (cleaned.includes("'")) {
      // z'n, d'r, m'n: short forms of pronouns, treated as one stop word.
      tokens.push({ word: cleaned.replace(/'/g, ''), parts: [] });
      continue;
    }
    const parts = cleaned.split('-').filter((part) => part.length > 0);
    tokens.push({ word: parts.join(''), parts: parts.length > 1 ? parts : [] });
  }
  return tokens;
}
