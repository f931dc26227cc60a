// The sentences a draft answer is made of, per question of the study day: the first sentence in
// the form the question asks for ("Wij spelen de wedstrijd van …", "We doen het goed als …"),
// the next ones adding what else the room said. Each kind of label has its own slot, so every
// frame stays grammatical: a noun phrase after a preposition, an infinitive phrase after "we" in
// a subclause (Dutch plural present = infinitive), a verb-final clause after "als"/"dat", an
// adverbial phrase beside a verb.
import type { Language } from '../script/schema.ts';
import { englishFramesFor } from './answerFormsEn.ts';
import type { LabelKind } from './labelShape.ts';

/** One sentence per kind of label; `list` is the labels of that kind, joined ("a, b en c"). */
export type Frames = Record<LabelKind, (list: string) => string>;

/** The first sentence, in the question's form, and, where the question has its own, the sentences after it. */
type Form = { test: RegExp; lead: (match: RegExpMatchArray) => Frames; more?: (match: RegExpMatchArray) => Partial<Frames> };

/** What the room said beyond the first sentence, for any question. */
const MORE: Frames = {
  noun: (list) => `Daarnaast vragen we aandacht voor ${list}.`,
  verb: (list) => `Ook willen we ${list}.`,
  clause: (list) => `Belangrijk is ook dat ${list}.`,
  adverbial: (list) => `Daarbij werken we ${list}.`,
};

const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);

/** A stretch of the question said as our own words: "(aankomende) leraren" → "aankomende leraren", "jullie" → "onze". */
const ourWords = (text: string): string =>
  text
    .replace(/[()]/g, '')
    .replace(/\bjullie(?=\s+\p{L})/giu, 'onze')
    .replace(/\bjullie\b/giu, 'ons')
    .replace(/\s+/g, ' ')
    .trim();

// The questions of the study day (workshop-scripts/), each answered the way it was asked; a
// question of another form gets a plain one.
const FORMS: readonly Form[] = [
  {
    test: /welke wedstrijd/i,
    lead: () => ({
      noun: (list) => `Wij spelen de wedstrijd van ${list}.`,
      verb: (list) => `Wij spelen de wedstrijd waarin we ${list}.`,
      clause: (list) => `Wij spelen de wedstrijd waarin ${list}.`,
      adverbial: (list) => `Wij spelen de wedstrijd ${list}.`,
    }),
    more: () => ({ noun: (list) => `Het is ook een wedstrijd van ${list}.`, adverbial: (list) => `Die wedstrijd spelen we ${list}.` }),
  },
  {
    test: /spelregels/i,
    lead: () => ({
      noun: (list) => `Onze spelregels gaan over ${list}.`,
      verb: (list) => `We spreken af dat we ${list}.`,
      clause: (list) => `We spreken af dat ${list}.`,
      adverbial: (list) => `We spreken af dat we ${list} werken.`,
    }),
    more: () => ({ verb: (list) => `Ook spreken we af dat we ${list}.`, clause: (list) => `Verder geldt dat ${list}.` }),
  },
  {
    test: /doen we het goed/i,
    lead: () => ({
      noun: (list) => `We doen het goed als we zorgen voor ${list}.`,
      verb: (list) => `We doen het goed als we ${list}.`,
      clause: (list) => `We doen het goed als ${list}.`,
      adverbial: (list) => `We doen het goed als we het ${list} doen.`,
    }),
    more: () => ({
      noun: (list) => `Daarbij zorgen we voor ${list}.`,
      verb: (list) => `Het gaat ook goed als we ${list}.`,
      clause: (list) => `We zijn ook op de goede weg als ${list}.`,
    }),
  },
  {
    test: /(waar|waarop) trainen/i,
    lead: () => ({
      noun: (list) => `We trainen op ${list}.`,
      verb: (list) => `We trainen erop dat we ${list}.`,
      clause: (list) => `We trainen erop dat ${list}.`,
      adverbial: (list) => `We trainen ${list}.`,
    }),
    // "leren" takes a bare infinitive: "we leren rust in de groep houden".
    more: () => ({ noun: (list) => `Ook trainen we op ${list}.`, verb: (list) => `Daarbij leren we ${list}.` }),
  },
  {
    test: /toegevoegde waarde/i,
    lead: () => ({
      noun: (list) => `De toegevoegde waarde zit voor ons in ${list}.`,
      verb: (list) => `De toegevoegde waarde is dat we ${list}.`,
      clause: (list) => `De toegevoegde waarde is dat ${list}.`,
      adverbial: (list) => `De toegevoegde waarde is dat we ${list} werken.`,
    }),
    more: () => ({ noun: (list) => `De waarde zit ook in ${list}.` }),
  },
  {
    test: /visie op ([^?]+)/i,
    lead: (match) => {
      const topic = ourWords(match[1] ?? 'dit');
      return {
        noun: (list) => `Bij ${topic} gaat het ons om ${list}.`,
        verb: (list) => `Bij ${topic} willen we ${list}.`,
        clause: (list) => `Bij ${topic} is belangrijk dat ${list}.`,
        adverbial: (list) => `${capitalize(topic)} doen we ${list}.`,
      };
    },
  },
  {
    // "Wat hebben startende leraren nodig?": they have it, in the answer.
    test: /wat (?:heeft|hebben) ([^?]+?) nodig/i,
    lead: (match) => {
      const who = ourWords(match[1] ?? '');
      const has = /\b(?:hebben)\b/i.test(match[0]) ? 'hebben' : 'heeft';
      return {
        noun: (list) => `${capitalize(who)} ${has} ${list} nodig.`,
        verb: (list) => `${capitalize(who)} ${has} het nodig dat we ${list}.`,
        clause: (list) => `${capitalize(who)} ${has} het nodig dat ${list}.`,
        adverbial: (list) => `${capitalize(who)} ${has} het nodig dat we ${list} werken.`,
      };
    },
    more: () => ({ noun: (list) => `Verder is er behoefte aan ${list}.` }),
  },
  {
    test: /nodig/i,
    lead: () => ({
      noun: (list) => `Er is behoefte aan ${list}.`,
      verb: (list) => `Nodig is dat we ${list}.`,
      clause: (list) => `Nodig is dat ${list}.`,
      adverbial: (list) => `Nodig is dat we ${list} werken.`,
    }),
    more: () => ({ noun: (list) => `Verder is er behoefte aan ${list}.` }),
  },
  {
    // "Hoe betrekken we ouders beter bij …?": "We betrekken ouders beter bij … met/als …". Only a
    // short question without a subclause of its own reads well repeated.
    test: /(?:^|[:.?]\s*)hoe (\p{L}+) we ((?:(?!\b(?:dat|die|of|om|zodat|als)\b)[^?]){3,90})\?/iu,
    lead: (match) => {
      const said = `We ${(match[1] ?? '').toLocaleLowerCase('nl')} ${ourWords(match[2] ?? '')}`;
      return {
        noun: (list) => `${said} met ${list}.`,
        verb: (list) => `${said} als we ${list}.`,
        clause: (list) => `${said} als ${list}.`,
        adverbial: (list) => `${said} ${list}.`,
      };
    },
  },
];

const PLAIN: Frames = {
  noun: (list) => `Voor ons gaat het om ${list}.`,
  verb: (list) => `Voor ons is belangrijk dat we ${list}.`,
  clause: (list) => `Voor ons is belangrijk dat ${list}.`,
  adverbial: (list) => `Voor ons is belangrijk dat we ${list} werken.`,
};

/** The frames for one question: `lead` for the first sentence, `more` for the ones after it. */
export function framesFor(prompt: string, language: Language = 'nl'): { lead: Frames; more: Frames } {
  if (language === 'en') return englishFramesFor(prompt);
  const question = prompt.replace(/\s+/g, ' ').trim();
  for (const form of FORMS) {
    const match = question.match(form.test);
    if (match) return { lead: form.lead(match), more: { ...MORE, ...form.more?.(match) } };
  }
  return { lead: PLAIN, more: MORE };
}
