// A small hand-made room for the engine's tests: three themes a colleague would see at once,
// written the way phones write (synonyms, typos, abbreviations), and one note of its own.
export const PROMPT = 'Wat hebben startende leraren nodig?';

export const NOTES = [
  { id: 't1', text: 'Meer tijd, echte uren in het rooster' },
  { id: 't2', text: 'werkdruk omlaag, minder taken in het eerste jaar' },
  { id: 't3', text: 'facilitering van inductie-uren' },
  { id: 't4', text: 'geen extra taken of commissies' },
  { id: 'c1', text: 'Een vaste mentor in de school' },
  { id: 'c2', text: 'coach die echt meekijkt en feedback geeft' },
  { id: 'c3', text: 'maatje / buddy' },
  { id: 'c4', text: 'elke twee weken een gesprek met de wpb' },
  { id: 'v1', text: 'een veilige cultuur waarin fouten mogen' },
  { id: 'v2', text: 'vertrouwen!!' },
  { id: 'v3', text: 'waardering en af en toe een compliment' },
  { id: 'x1', text: 'parkeerplaats bij de ingang' },
];

export const GOLD: Record<string, string> = { t1: 'T', t2: 'T', t3: 'T', t4: 'T', c1: 'C', c2: 'C', c3: 'C', c4: 'C', v1: 'V', v2: 'V', v3: 'V', x1: 'X' };
