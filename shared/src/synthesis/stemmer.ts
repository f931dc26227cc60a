// The Dutch Snowball stemmer (Porter's "dutch" algorithm, snowballstem.org/algorithms/dutch/stemmer.html),
// written out here rather than pulled from npm: the packages that carry it are either Node-only,
// unmaintained or bundle every language, and this engine must run unchanged in the browser.
// Pinned: changing the stemmer changes every clustering, so the algorithm version is part of the API.

export const STEMMER_VERSION = 'snowball-dutch-original';

const VOWELS = 'aeiouyè';
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

/** Marks y and i that act as consonants (Y, I) so the region rules see the word as Dutch does. */
function markConsonants(word: string): string {
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === 'y' && (i === 0 || isVowel(chars[i - 1]))) chars[i] = 'Y';
    else if (ch === 'i' && i > 0 && i < chars.length - 1 && isVowel(chars[i - 1]) && isVowel(chars[i + 1])) chars[i] = 'I';
  }
  return chars.join('');
}

/** Start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionStart(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) {
    if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
  }
  return word.length;
}

const undouble = (word: string): string => (/(kk|dd|tt)$/.test(word) ? word.slice(0, -1) : word);

function validSEnding(word: string, suffixLength: number): boolean {
  const before = word[word.length - suffixLength - 1];
  return before !== undefined && !isVowel(before) && before !== 'j';
}

function validEnEnding(word: string, suffixLength: number): boolean {
  const stem = word.slice(0, word.length - suffixLength);
  const before = stem[stem.length - 1];
  return before !== undefined && !isVowel(before) && !stem.endsWith('gem');
}

/** Stems one folded (lower case, accent-free) Dutch word: "leraren" → "lerar", "begeleiding" → "begeleid". */
export function stemDutch(input: string): string {
  if (input.length < 3) return input;
  let word = markConsonants(input);
  // R2 is searched from where R1 really starts; only then is R1 pushed to at least three letters in.
  const p1 = regionStart(word, 0);
  const r1 = Math.max(3, p1);
  const r2 = regionStart(word, p1);
  const inR1 = (suffix: string): boolean => word.length - suffix.length >= r1;
  const inR2 = (suffix: string): boolean => word.length - suffix.length >= r2;

  // Step 1: plural and inflection endings.
  if (word.endsWith('heden')) {
    if (inR1('heden')) word = word.slice(0, -5) + 'heid';
  } else if (word.endsWith('ene') || word.endsWith('en')) {
    const suffix = word.endsWith('ene') ? 'ene' : 'en';
    if (inR1(suffix) && validEnEnding(word, suffix.length)) word = undouble(word.slice(0, -suffix.length));
  } else if (word.endsWith('se') || word.endsWith('s')) {
    const suffix = word.endsWith('se') ? 'se' : 's';
    if (inR1(suffix) && validSEnding(word, suffix.length)) word = word.slice(0, -suffix.length);
  }

  // Step 2: a final e.
  let removedE = false;
  if (word.endsWith('e') && inR1('e') && !isVowel(word[word.length - 2])) {
    word = undouble(word.slice(0, -1));
    removedE = true;
  }

  // Step 3a: -heid.
  if (word.endsWith('heid') && inR2('heid') && word[word.length - 5] !== 'c') {
    word = word.slice(0, -4);
    if (word.endsWith('en') && inR1('en') && validEnEnding(word, 2)) word = undouble(word.slice(0, -2));
  }

  // Step 3b: derivational endings.
  if (word.endsWith('end') || word.endsWith('ing')) {
    if (inR2('ing')) {
      word = word.slice(0, -3);
      if (word.endsWith('ig') && inR2('ig') && word[word.length - 3] !== 'e') word = word.slice(0, -2);
      else word = undouble(word);
    }
  } else if (word.endsWith('ig')) {
    if (inR2('ig') && word[word.length - 3] !== 'e') word = word.slice(0, -2);
  } else if (word.endsWith('lijk')) {
    if (inR2('lijk')) {
      word = word.slice(0, -4);
      if (word.endsWith('e') && inR1('e') && !isVowel(word[word.length - 2])) word = undouble(word.slice(0, -1));
    }
  } else if (word.endsWith('baar')) {
    if (inR2('baar')) word = word.slice(0, -4);
  } else if (word.endsWith('bar')) {
    if (inR2('bar') && removedE) word = word.slice(0, -3);
  }

  // Step 4: undouble a vowel before a final consonant (maan → man).
  if (/[^aeiouyè](aa|ee|oo|uu)[^aeiouyèI]$/.test(word)) word = word.slice(0, -2) + word.slice(-1);

  return word.replace(/Y/g, 'y').replace(/I/g, 'i');
}
