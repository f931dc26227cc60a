/** How the console names each step type. */
export const STEP_TYPE_LABEL: Record<string, string> = {
  info: 'uitleg',
  prompt: 'vragen',
  poll: 'peiling',
  vote: 'stemmen',
  group: 'groeperen',
  synthesis: 'synthese',
  rubric: 'rubric',
  explain: 'uitleggen',
  close: 'afsluiting',
};
