/** The phone's words for roles and follow-ups, in one place so they can move to translations. */
export const ROLE_TEXT = {
  title: 'Wat is je rol?',
  why: 'Dan kunnen we zien wat de visie betekent voor ieders rol. Kiezen mag, overslaan ook.',
  skip: 'Sla over',
  saving: 'Even geduld…',
  failed: 'Je rol opslaan lukte niet. Probeer het opnieuw of sla het over.',
  privacy: 'Je rol is anoniem. Een rol telt pas apart mee als minstens vijf collega’s met die rol antwoorden.',
} as const;

export const FOLLOW_UP_TEXT = {
  previous: 'Vorige',
  next: 'Volgende',
  readOn: 'Lees het rustig door en ga dan verder.',
  openUntil: (date: string) => `Je kunt meedoen tot en met ${date}, wanneer het jou uitkomt.`,
  visionTitle: 'De visie',
} as const;
