import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem, formatProblems, parseScript, type ScriptProblem } from './load.ts';
import { canvasIdsOfStep, scriptMinutes, scriptSchema } from './schema.ts';

const FILE = 'proef.yaml';

/** A small script with one step of every type; each test breaks one thing in it. */
function validScript(): Record<string, unknown> & { steps: Record<string, unknown>[] } {
  return {
    id: 'proef',
    title: 'Proefscript',
    minutes: 60,
    steps: [
      { id: 'welkom', type: 'info', title: 'Welkom', minutes: 5, items: [{ title: 'Waarom', text: 'Daarom.', source: 'Derksen, 2021' }] },
      {
        id: 'vragen',
        type: 'prompt',
        title: 'Vragen',
        minutes: 10,
        facilitatorNotes: 'Eerst stil schrijven.',
        canvases: [
          { id: 'wedstrijd', prompt: 'Welke wedstrijd spelen wij?', explanation: 'Waar staan we voor?' },
          { id: 'spelregels', prompt: 'Wat zijn de spelregels?', reveal: 'hidden', title: 'Spelregels' },
        ],
      },
      {
        id: 'bekend',
        type: 'poll',
        title: 'Bekend?',
        question: 'In hoeverre zijn de doelen bekend?',
        kind: 'scale',
        options: [
          { id: 'weinig', label: 'Weinig' },
          { id: 'veel', label: 'Veel' },
        ],
      },
      { id: 'ordenen', type: 'group', title: 'Ordenen', canvasIds: ['wedstrijd'] },
      { id: 'synthese', type: 'synthesis', title: 'Synthese', canvasIds: ['wedstrijd', 'spelregels'] },
      { id: 'stemmen', type: 'vote', title: 'Stemmen', budget: 5, maxPerTarget: 2, canvasIds: ['wedstrijd'] },
      {
        id: 'rubric',
        type: 'rubric',
        title: 'Waar staan we?',
        phaseNames: ['Verkennen', 'Opbouwen', 'Gedragen', 'Vanzelfsprekend'],
        aspects: [{ id: 'doorleefd', title: 'Doorleefd', phases: [null, 'Een beperkte groep.', 'Het gros.', 'Iedereen.'] }],
      },
      { id: 'uitleggen', type: 'explain', title: 'Uitleggen', prompt: 'Leg het uit in eigen woorden.', norm: 80 },
      { id: 'einde', type: 'close', title: 'Bedankt' },
    ],
  };
}

function problemsOf(source: string): ScriptProblem[] {
  const result = parseScript(FILE, source);
  if (result.ok) throw new Error('het script werd ten onrechte goedgekeurd');
  for (const problem of result.problems) expect(problem.file).toBe(FILE);
  return result.problems;
}

/** Breaks the valid script with `change` and returns its problems. */
function problemsAfter(change: (script: ReturnType<typeof validScript>) => void): ScriptProblem[] {
  const script = validScript();
  change(script);
  return problemsOf(stringify(script));
}

function step(script: ReturnType<typeof validScript>, index: number): Record<string, unknown> {
  const found = script.steps[index];
  if (!found) throw new Error(`geen stap ${index}`);
  return found;
}

/** The one problem at `path`; its message must contain `words`. */
function expectProblem(problems: ScriptProblem[], path: string, words: string | RegExp): ScriptProblem {
  const found = problems.find((p) => p.path === path);
  expect(found, `geen probleem bij ${path}; wel: ${formatProblems(problems)}`).toBeDefined();
  expect(found?.message).toMatch(words);
  expect(formatProblem(found as ScriptProblem)).toContain(`${FILE}: ${path}: `);
  return found as ScriptProblem;
}

describe('parseScript: a good script', () => {
  it('loads with its defaults filled in', () => {
    const result = parseScript(FILE, stringify(validScript()));
    if (!result.ok) throw new Error(formatProblems(result.problems));
    const { script } = result;
    expect(script.locale).toBe('nl');
    expect(script.steps.map((s) => s.type)).toEqual(['info', 'prompt', 'poll', 'group', 'synthesis', 'vote', 'rubric', 'explain', 'close']);
    const prompt = script.steps[1];
    expect(prompt?.type === 'prompt' && prompt.canvases.map((c) => c.reveal)).toEqual(['open', 'hidden']);
    const poll = script.steps[2];
    expect(poll?.type === 'poll' && poll.multiple).toBe(false);
    const group = script.steps[3];
    expect(group?.type === 'group' && group.handful).toBe(12);
    const vote = script.steps[5];
    expect(vote?.type === 'vote' && vote.target).toBe('clusters');
    expect(scriptMinutes(script)).toBe(15);
  });

  it('names the canvases each step works on', () => {
    const result = parseScript(FILE, stringify(validScript()));
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.script.steps.map(canvasIdsOfStep)).toEqual([
      [],
      ['wedstrijd', 'spelregels'],
      [],
      ['wedstrijd'],
      ['wedstrijd', 'spelregels'],
      ['wedstrijd'],
      [],
      [],
      [],
    ]);
  });

  it('survives the copy into a workshop document (JSON out, parsed again, unchanged)', () => {
    const result = parseScript(FILE, stringify(validScript()));
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(scriptSchema.parse(JSON.parse(JSON.stringify(result.script)))).toEqual(result.script);
  });

  it('reads the screens\' language from `language`, or from its older name `locale`', () => {
    const language = (fields: Record<string, string>) => {
      const result = parseScript(FILE, stringify({ ...validScript(), ...fields }));
      return result.ok ? result.script.locale : formatProblems(result.problems);
    };
    expect(language({ language: 'en' })).toBe('en');
    expect(language({ locale: 'en' })).toBe('en');
    expect(language({ language: 'nl', locale: 'nl' })).toBe('nl');
  });

  it('trims texts', () => {
    const result = parseScript(FILE, stringify({ ...validScript(), title: '  Proef  ' }));
    expect(result.ok && result.script.title).toBe('Proef');
  });
});

describe('parseScript: the language', () => {
  it('refuses a language Visiebord does not speak', () => {
    expectProblem(problemsAfter((script) => Object.assign(script, { language: 'de' })), 'language', /nl of en/);
  });

  it('refuses language and locale that disagree', () => {
    expectProblem(problemsAfter((script) => Object.assign(script, { language: 'en', locale: 'nl' })), 'language', /laat locale weg/);
  });
});

describe('parseScript: YAML that is not YAML', () => {
  it('reports a syntax error with its line', () => {
    const problems = problemsOf('id: proef\ntitle: [niet gesloten\nsteps: []\n');
    expect(problems[0]?.path).toMatch(/^regel \d+$/);
    expect(problems[0]?.message).toMatch(/^geen geldige YAML: /);
    expect(problems[0]?.line).toBeGreaterThan(0);
  });

  it('explains an unquoted colon inside a text', () => {
    const problems = problemsOf('id: proef\ntitle: Kortom: is de visie doorleefd?\nsteps: []\n');
    expect(problems[0]?.path).toBe('regel 2');
    expect(problems[0]?.message).toMatch(/aanhalingstekens/);
  });

  it('refuses a key written twice', () => {
    const problems = problemsOf('id: proef\nid: ander\ntitle: Proef\n');
    expect(problems[0]?.path).toBe('regel 2');
    expect(problems[0]?.message).toMatch(/twee keer/);
  });

  it('refuses tabs as indentation', () => {
    expect(problemsOf('id: proef\nsteps:\n\t- id: a\n')[0]?.message).toMatch(/tabs/);
  });

  it('refuses more than one document in a file', () => {
    expect(problemsOf('id: a\n---\nid: b\n')[0]?.message).toMatch(/meer dan één document/);
  });

  it('refuses an alias without its anchor', () => {
    expect(problemsOf('id: proef\ntitle: *nergens\n')[0]?.message).toMatch(/geen geldige YAML/);
  });

  it('refuses an empty file', () => {
    expect(problemsOf('')[0]).toMatchObject({ path: '(hoofdniveau)', message: expect.stringMatching(/leeg/) });
    expect(problemsOf('# alleen commentaar\n')[0]?.message).toMatch(/leeg/);
  });

  it('refuses a file that is a list instead of a script', () => {
    expect(problemsOf('- id: proef\n')[0]).toMatchObject({ path: '(hoofdniveau)', message: expect.stringMatching(/verkeerd type/) });
  });
});

describe('parseScript: a step of the wrong kind', () => {
  it('refuses an unknown step type and suggests the nearest', () => {
    const problem = expectProblem(problemsAfter((s) => (step(s, 2).type = 'pol')), 'steps[2].type', /onbekend staptype "pol"/);
    expect(problem.message).toMatch(/bedoel je "poll"/);
    expect(problem.message).toMatch(/info, prompt, poll, vote, group, synthesis, rubric, explain of close/);
  });

  it('refuses a step without a type', () => {
    expectProblem(problemsAfter((s) => delete step(s, 0).type), 'steps[0].type', /staptype ontbreekt/);
  });

  it('refuses a step type that is not text', () => {
    expectProblem(problemsAfter((s) => (step(s, 0).type = 3)), 'steps[0].type', /onbekend staptype 3/);
  });
});

describe('parseScript: missing fields and wrong types', () => {
  it('names a missing field', () => {
    expectProblem(problemsAfter((s) => delete step(s, 1).canvases), 'steps[1].canvases', /ontbreekt \(verwacht: lijst/);
    expectProblem(problemsAfter((s) => delete step(s, 2).question), 'steps[2].question', /ontbreekt \(verwacht: tekst\)/);
    expectProblem(problemsAfter((s) => delete s.title), 'title', /ontbreekt/);
  });

  it('names a value of the wrong type', () => {
    expectProblem(problemsAfter((s) => (step(s, 5).budget = '5')), 'steps[5].budget', /verkeerd type: "5" \(verwacht: getal\)/);
    expectProblem(problemsAfter((s) => (step(s, 1).canvases = 'wedstrijd')), 'steps[1].canvases', /verwacht: lijst/);
    expectProblem(problemsAfter((s) => (step(s, 2).multiple = 'ja')), 'steps[2].multiple', /verwacht: true of false/);
    expectProblem(problemsAfter((s) => (s.steps = {} as never)), 'steps', /verkeerd type/);
  });

  it('refuses numbers out of range', () => {
    expectProblem(problemsAfter((s) => (step(s, 5).budget = 0)), 'steps[5].budget', /minstens 1 stip/);
    expectProblem(problemsAfter((s) => (step(s, 5).budget = 2.5)), 'steps[5].budget', /geheel getal/);
    expectProblem(problemsAfter((s) => (step(s, 0).minutes = -5)), 'steps[0].minutes', /meer dan 0 minuten/);
    expectProblem(problemsAfter((s) => (step(s, 3).handful = 2)), 'steps[3].handful', /minstens 3/);
    expectProblem(problemsAfter((s) => (step(s, 7).norm = 120)), 'steps[7].norm', /hoogstens 100%/);
  });

  it('refuses a value outside its choices', () => {
    const problems = problemsAfter((s) => ((step(s, 1).canvases as Record<string, unknown>[])[1]!.reveal = 'verborgen'));
    expectProblem(problems, 'steps[1].canvases[1].reveal', /ongeldige waarde "verborgen" \(kies uit: open, hidden\)/);
    expectProblem(problemsAfter((s) => (step(s, 2).kind = 'schaal')), 'steps[2].kind', /kies uit: scale, choice/);
    expectProblem(problemsAfter((s) => (step(s, 5).target = 'note')), 'steps[5].target', /bedoel je "notes"/);
  });

  it('refuses an id that does not fit in a URL', () => {
    expectProblem(problemsAfter((s) => (step(s, 0).id = 'Welkom Allemaal')), 'steps[0].id', /kleine letters, cijfers en streepjes/);
    expectProblem(problemsAfter((s) => (s.id = '')), 'id', /kleine letters/);
  });

  it('refuses empty texts', () => {
    expectProblem(problemsAfter((s) => (step(s, 0).title = '')), 'steps[0].title', /mag niet leeg zijn/);
    expectProblem(problemsAfter((s) => ((step(s, 1).canvases as Record<string, unknown>[])[0]!.prompt = '   ')), 'steps[1].canvases[0].prompt', /mag niet leeg zijn/);
    expectProblem(problemsAfter((s) => (step(s, 1).facilitatorNotes = '')), 'steps[1].facilitatorNotes', /mag niet leeg zijn/);
  });

  it('refuses empty lists', () => {
    expectProblem(problemsAfter((s) => (s.steps = [])), 'steps', /minstens één stap/);
    expectProblem(problemsAfter((s) => (step(s, 1).canvases = [])), 'steps[1].canvases', /minstens één canvas/);
    expectProblem(problemsAfter((s) => (step(s, 4).canvasIds = [])), 'steps[4].canvasIds', /minstens één canvas/);
    expectProblem(problemsAfter((s) => (step(s, 0).items = [])), 'steps[0].items', /minstens één/);
  });
});

describe('parseScript: unknown keys', () => {
  it('names the unknown key, suggests the known one and lists what is allowed', () => {
    const problem = expectProblem(
      problemsAfter((s) => {
        step(s, 1).facilitatorNote = 'typfout';
      }),
      'steps[1]',
      /onbekende sleutel: facilitatorNote \(bedoel je "facilitatorNotes"\?\)/,
    );
    expect(problem.message).toMatch(/toegestaan: .*canvases/);
  });

  it('finds unknown keys at every level', () => {
    expectProblem(problemsAfter((s) => (s.stappen = [])), '(hoofdniveau)', /onbekende sleutel: stappen/);
    expectProblem(problemsAfter((s) => ((step(s, 1).canvases as Record<string, unknown>[])[0]!.uitleg = 'x')), 'steps[1].canvases[0]', /uitleg/);
    expectProblem(problemsAfter((s) => (step(s, 0).canvases = [])), 'steps[0]', /onbekende sleutel: canvases/);
  });

  it('points at the line of the unknown key', () => {
    const problems = problemsOf('id: proef\ntitle: Proef\nsteps:\n  - id: a\n    type: info\n    title: A\n    titel: B\n');
    expect(expectProblem(problems, 'steps[0]', /titel/).line).toBe(7);
  });
});

describe('parseScript: references across the script', () => {
  it('refuses a step id used twice', () => {
    expectProblem(problemsAfter((s) => (step(s, 3).id = 'welkom')), 'steps[3].id', /stap-id "welkom" komt twee keer voor \(ook bij steps\[0\]\)/);
  });

  it('refuses a canvas id used twice, within a step and across steps', () => {
    expectProblem(
      problemsAfter((s) => ((step(s, 1).canvases as Record<string, unknown>[])[1]!.id = 'wedstrijd')),
      'steps[1].canvases[1].id',
      /canvas-id "wedstrijd" komt twee keer voor/,
    );
    const problems = problemsAfter((s) => {
      s.steps.splice(2, 0, { id: 'meer', type: 'prompt', title: 'Meer', canvases: [{ id: 'spelregels', prompt: 'Nog eens?' }] });
    });
    expectProblem(problems, 'steps[2].canvases[0].id', /canvas-id "spelregels" komt twee keer voor \(ook in steps\[1\]\)/);
  });

  it('refuses a reference to a canvas that does not exist, and suggests the nearest', () => {
    const problem = expectProblem(problemsAfter((s) => (step(s, 5).canvasIds = ['wedstrijt'])), 'steps[5].canvasIds[0]', /canvas "wedstrijt" bestaat niet/);
    expect(problem.message).toMatch(/bedoel je "wedstrijd"/);
    expectProblem(problemsAfter((s) => (step(s, 3).canvasIds = ['wedstrijd', 'onbekend'])), 'steps[3].canvasIds[1]', /bestaat niet/);
  });

  it('refuses a reference to a canvas that only comes later', () => {
    const problems = problemsAfter((s) => {
      const [synthesis] = s.steps.splice(4, 1);
      s.steps.splice(1, 0, synthesis as Record<string, unknown>);
    });
    expectProblem(problems, 'steps[1].canvasIds[0]', /komt pas later \(steps\[2\]\)/);
  });

  it('refuses a canvas listed twice in one step', () => {
    expectProblem(problemsAfter((s) => (step(s, 4).canvasIds = ['wedstrijd', 'wedstrijd'])), 'steps[4].canvasIds[1]', /twee keer in de lijst/);
  });

  it('refuses a close step that is not the last', () => {
    expectProblem(problemsAfter((s) => s.steps.push({ id: 'na', type: 'info', title: 'Na' })), 'steps[8].type', /close-stap hoort als laatste/);
  });

  it('refuses steps that take longer than the script', () => {
    expectProblem(problemsAfter((s) => (s.minutes = 10)), 'minutes', /samen 15 minuten, meer dan de 10 minuten/);
  });
});

describe('parseScript: polls and votes', () => {
  it('refuses a poll with one option', () => {
    expectProblem(problemsAfter((s) => (step(s, 2).options = [{ id: 'een', label: 'Eén' }])), 'steps[2].options', /minstens twee opties/);
  });

  it('refuses options used twice', () => {
    const problems = problemsAfter((s) => (step(s, 2).options = [{ id: 'a', label: 'A' }, { id: 'a', label: 'A' }]));
    expectProblem(problems, 'steps[2].options[1].id', /optie-id "a" komt twee keer voor/);
    expectProblem(problems, 'steps[2].options[1].label', /optie "A" komt twee keer voor/);
  });

  it('allows several answers only for a choice', () => {
    expectProblem(problemsAfter((s) => (step(s, 2).multiple = true)), 'steps[2].multiple', /alleen bij kind: choice/);
    const result = parseScript(FILE, stringify({ ...validScript(), steps: validScript().steps.map((st) => (st.id === 'bekend' ? { ...st, kind: 'choice', multiple: true } : st)) }));
    expect(result.ok).toBe(true);
  });

  it('refuses more dots on one target than the budget', () => {
    expectProblem(problemsAfter((s) => (step(s, 5).maxPerTarget = 6)), 'steps[5].maxPerTarget', /niet meer .* dan het budget \(5\)/);
  });
});

describe('parseScript: the rubric', () => {
  it('needs exactly four phase names', () => {
    expectProblem(problemsAfter((s) => (step(s, 6).phaseNames = ['Een', 'Twee', 'Drie'])), 'steps[6].phaseNames', /precies vier fasenamen/);
  });

  it('needs exactly four phases per aspect', () => {
    const problems = problemsAfter((s) => (step(s, 6).aspects = [{ id: 'a', title: 'A', phases: ['Een', 'Twee', 'Drie'] }]));
    expectProblem(problems, 'steps[6].aspects[0].phases', /precies vier fasen \(een lege fase is null\)/);
  });

  it('takes text or null in a cell, nothing else', () => {
    const problems = problemsAfter((s) => (step(s, 6).aspects = [{ id: 'a', title: 'A', phases: ['Een', 2, '', null] }]));
    expectProblem(problems, 'steps[6].aspects[0].phases[1]', /verkeerd type: 2 \(verwacht: tekst\)/);
    expectProblem(problems, 'steps[6].aspects[0].phases[2]', /mag niet leeg zijn/);
  });

  it('needs at least one text per aspect', () => {
    expectProblem(
      problemsAfter((s) => (step(s, 6).aspects = [{ id: 'a', title: 'A', phases: [null, null, null, null] }])),
      'steps[6].aspects[0].phases',
      /minstens één fase/,
    );
  });

  it('refuses aspect ids and phase names used twice', () => {
    const problems = problemsAfter((s) => {
      const rubric = step(s, 6);
      rubric.phaseNames = ['Een', 'Twee', 'Een', 'Vier'];
      rubric.aspects = [
        { id: 'a', title: 'A', phases: ['x', 'x', 'x', 'x'] },
        { id: 'a', title: 'B', phases: ['x', 'x', 'x', 'x'] },
      ];
    });
    expectProblem(problems, 'steps[6].phaseNames[2]', /fasenaam "Een" komt twee keer voor/);
    expectProblem(problems, 'steps[6].aspects[1].id', /aspect-id "a" komt twee keer voor/);
  });

  it('refuses a rubric without aspects', () => {
    expectProblem(problemsAfter((s) => (step(s, 6).aspects = [])), 'steps[6].aspects', /minstens één aspect/);
  });
});

describe('problems: where and how they are told', () => {
  it('gives the line of the value that is wrong', () => {
    const source = 'id: proef\ntitle: Proef\nsteps:\n  - id: a\n    type: vote\n    title: Stemmen\n    budget: veel\n    canvasIds: [x]\n';
    const problems = problemsOf(source);
    expect(expectProblem(problems, 'steps[0].budget', /verwacht: getal/).line).toBe(7);
  });

  it('lists problems from the top of the file down', () => {
    const problems = problemsAfter((s) => {
      step(s, 8).title = '';
      step(s, 0).title = '';
      s.onbekend = true;
    });
    const lines = problems.map((p) => p.line ?? Infinity);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('formats one line per problem: file, path, message', () => {
    const text = formatProblems([
      { file: 'a.yaml', path: 'steps[1].title', message: 'mag niet leeg zijn', line: 9 },
      { file: 'a.yaml', path: 'regel 3', message: 'geen geldige YAML: x', line: 3 },
    ]);
    expect(text).toBe('a.yaml: steps[1].title: mag niet leeg zijn (regel 9)\na.yaml: regel 3: geen geldige YAML: x');
  });
});
