// The draft's sentences for a workshop run in English (`language: en` in its script): the English
// study day's questions answered in their own form. The labels are the notes' own English words,
// whose kind of phrase the Dutch grammar of labelShape.ts cannot read; each frame below takes a
// noun phrase or a gerund ("keeping starting teachers") alike, so every label gets the same slot.
import type { Frames } from './answerForms.ts';

type EnglishForm = { test: RegExp; lead: string; more: string };

const frames = (template: string): Frames => {
  const fill = (list: string) => template.replace('{list}', list);
  return { noun: fill, verb: fill, clause: fill, adverbial: fill };
};

const FORMS: readonly EnglishForm[] = [
  { test: /which game/i, lead: 'The game we play is about {list}.', more: 'Our game is also about {list}.' },
  { test: /rules of the game/i, lead: 'Our rules of the game are about {list}.', more: 'We also agree on {list}.' },
  { test: /doing well/i, lead: 'For us, doing well means {list}.', more: 'Doing well also means {list}.' },
  { test: /train (?:for|on)/i, lead: 'We train for {list}.', more: 'We also train for {list}.' },
  { test: /added value/i, lead: 'The added value for us lies in {list}.', more: 'It also lies in {list}.' },
  { test: /need/i, lead: 'What is needed is {list}.', more: 'Also needed: {list}.' },
];

const PLAIN: EnglishForm = { test: /$^/, lead: 'For us, it is about {list}.', more: 'We also pay attention to {list}.' };

/** The English frames for one question: `lead` for the first sentence, `more` for the ones after it. */
export function englishFramesFor(prompt: string): { lead: Frames; more: Frames } {
  const question = prompt.replace(/\s+/g, ' ').trim();
  const form = FORMS.find((f) => f.test.test(question)) ?? PLAIN;
  return { lead: frames(form.lead), more: frames(form.more) };
}
