import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblems, parseScript } from './load.ts';
import { canvasIdsOfStep, scriptMinutes, STEP_TYPES, type Script, type StepOf } from './schema.ts';

/** The scripts that ship with Visiebord must load, and the default one must carry the seeds. */

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPTS_DIR = `${REPO}workshop-scripts/`;
const SEEDS_DIR = `${REPO}workshop-scripts/seeds/`;

function load(file: string): Script {
  const result = parseScript(file, readFileSync(SCRIPTS_DIR + file, 'utf8'));
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.script;
}

function stepOf<T extends StepOf<Script['steps'][number]['type']>['type']>(script: Script, type: T): StepOf<T>[] {
  return script.steps.filter((s): s is StepOf<T> => s.type === type);
}

/** Everything a participant or facilitator can read in a script, as one string. */
function allText(script: Script): string {
  // Sources sit in their own field; drop the key so "text (source)" reads as one phrase.
  return JSON.stringify(script).replace(/"source":/g, '');
}

/**
 * Seed text comes from slides: lines break mid-word ("levensbe-\nschouwing") and quotes curl.
 * Compare letters, digits, % and & only.
 */
function normalise(text: string): string {
  return text
    .replace(/\\n/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%&]+/gu, '');
}

/**
 * Evident slips in the seeds, corrected in the scripts (seed wording → script wording).
 * Everything else is the seeds' own words.
 */
const CORRECTIONS: [string, string][] = [
  ['hebjealseens', 'hebjealeens'],
  ['aantrekkelijketebaan', 'aantrekkelijkebaan'],
  ['voldaanmoetwordenhetbij', 'voldaanmoetwordenbij'],
  ['aanwezigbijalledebetrokkenen', 'aanwezigbijallebetrokkenen'],
];

function corrected(seedText: string): string {
  return CORRECTIONS.reduce((text, [from, to]) => text.replaceAll(from, to), seedText);
}

const yamlFiles = readdirSync(SCRIPTS_DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

describe('workshop-scripts/', () => {
  it('holds the full study day, the short one and the introduction', () => {
    expect(yamlFiles).toEqual(expect.arrayContaining(['studiedag-visie.yaml', 'studiedag-kort.yaml', 'visie-kort.yaml']));
  });

  it.each(yamlFiles)('%s loads without problems, under an id equal to its file name', (file) => {
    const script = load(file);
    expect(`${script.id}.yaml`).toBe(file);
  });

  it('gives every script its own id', () => {
    const ids = yamlFiles.map((f) => load(f).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('studiedag-visie: the full study day', () => {
  const script = load('studiedag-visie.yaml');
  const text = normalise(allText(script));

  it('uses every step type', () => {
    expect(new Set(script.steps.map((s) => s.type))).toEqual(new Set(STEP_TYPES));
  });

  it('gives every step minutes and notes for the facilitator, and fills a morning', () => {
    for (const step of script.steps) {
      expect(step.minutes, step.id).toBeGreaterThan(0);
      expect(step.facilitatorNotes, step.id).toBeTruthy();
    }
    const total = scriptMinutes(script);
    expect(total).toBeGreaterThanOrEqual(180);
    expect(total).toBeLessThanOrEqual(script.minutes ?? 360);
  });

  it('starts with a welcome and ends with a close', () => {
    expect(script.steps[0]?.type).toBe('info');
    expect(script.steps.at(-1)?.type).toBe('close');
  });

  it('tells the four societal reasons, each with its text', () => {
    const reasons = script.steps.find((s) => s.id === 'aanleidingen');
    expect(reasons?.type).toBe('info');
    const items = reasons?.type === 'info' ? (reasons.items ?? []) : [];
    expect(items.map((i) => i.title)).toEqual([
      'Verbinden leren op het instituut en in de praktijk',
      'Aanpak voor lerarentekort',
      'Leven lang leren en leren te leren',
      'Professionalisering en talentontwikkeling',
    ]);
    expect(items.every((i) => i.text.length > 60)).toBe(true);
  });

  it('asks for the added value for the school and of each partner', () => {
    const canvases = stepOf(script, 'prompt').flatMap((s) => s.canvases);
    expect(canvases.map((c) => c.prompt)).toEqual(
      expect.arrayContaining([
        'Wat is de toegevoegde waarde van Samen Opleiden en Samen Professionaliseren voor jullie als (opleidings)school?',
        'Wat is de toegevoegde waarde van ieder van de partners en op welke wijze benutten jullie die toegevoegde waarde?',
      ]),
    );
  });

  it('polls how known the goals are on a scale, and the scope as a choice of seven', () => {
    const polls = stepOf(script, 'poll');
    const known = polls.find((p) => p.question.includes('bekend bij alle betrokkenen'));
    expect(known?.kind).toBe('scale');
    const scope = polls.find((p) => p.question.includes('reikwijdte'));
    expect(scope?.kind).toBe('choice');
    expect(scope?.multiple).toBe(true);
    expect(scope?.options.map((o) => o.label)).toEqual([
      'Begeleiden',
      'Opleiden',
      'Onderzoek',
      'Inductie',
      'Professionalisering',
      'Innovatie',
      'Cocreatie',
    ]);
  });

  it("asks the three questions on the school's vision as inspiration", () => {
    const step = stepOf(script, 'prompt').find((s) => s.part === 'Visie van de school als inspiratie voor het opleiden van leraren');
    expect(step?.canvases.map((c) => c.prompt)).toEqual([
      'Wat is jullie visie op leren van jullie leerlingen? Waarin zijn jullie onderscheidend?',
      'Welke unieke leermogelijkheden biedt de visie van de school voor leraren in opleiding?',
      'Op welke wijze wordt jullie unieke visie en context nu ingezet voor het opleiden van docenten?',
    ]);
  });

  it('gives each of the five pillars a canvas with its description from the seed', () => {
    const pillars: [string, string][] = [
      ['Werven', 'Kunnen leerlingen of potentiële zij-instromers meelopen?'],
      ['Matchen', 'qua cultuur, didactiek, pedagogische visie en levensbeschouwing zijn er grote verschillen'],
      ['Opleiden', 'Theorie en praktijk continu met elkaar verbonden worden; dan wordt het leren betekenisvol.'],
      ['Begeleiden', 'Landelijk stopt 1 op de 3 startende docenten in de eerste drie jaar van hun loopbaan'],
      ['Professionaliseren', 'een voorbeeldrol naar leerlingen, leraren in opleiding en collega’s'],
    ];
    const step = stepOf(script, 'prompt').find((s) => s.canvases.some((c) => c.title === 'Werven'));
    expect(step?.canvases.map((c) => c.title)).toEqual(pillars.map(([name]) => name));
    for (const [name, phrase] of pillars) {
      const canvas = step?.canvases.find((c) => c.title === name);
      expect(normalise(canvas?.explanation ?? ''), name).toContain(normalise(phrase));
    }
    const opleiden = step?.canvases.find((c) => c.title === 'Opleiden');
    expect(opleiden?.explanation).toContain('Als de unieke context van de leerwerkplek (school) benut wordt; dan heb je authentieke leersituaties.');
  });

  it('polls how lived the vision is', () => {
    const poll = stepOf(script, 'poll').find((p) => p.question.includes('is de visie doorleefd?'));
    expect(poll?.kind).toBe('scale');
    expect(poll?.question).toContain('In hoeverre kan iedere collega die visie in eigen woorden uitleggen?');
  });

  it('explains the shared lived vision and what it is a condition for, with the sources', () => {
    const info = stepOf(script, 'info').find((s) => s.id === 'belang-visie');
    expect(info?.body).toContain('Een gedeelde doorleefde visie is een visie die iedere collega in eigen woorden uit kan leggen.');
    expect(info?.items).toHaveLength(8);
    expect(info?.items?.[0]).toMatchObject({ source: 'Smetsers, 2007; Onderwijsraad, 2015; Derksen, 2021' });
    expect(info?.items?.map((i) => i.text).join(' ')).toContain('passend kwaliteitsbeleid te maken');
  });

  const QUESTIONS = ['Welke wedstrijd spelen wij?', 'Wat zijn de spelregels?', 'Wanneer doen we het goed?', 'Waar trainen we op?'];

  it('asks the four questions of the shared lived vision, then sorts, synthesises and votes on them', () => {
    const step = stepOf(script, 'prompt').find((s) => s.canvases.some((c) => c.prompt === QUESTIONS[0]));
    expect(step?.canvases.map((c) => c.prompt)).toEqual(QUESTIONS);
    const ids = step?.canvases.map((c) => c.id) ?? [];
    for (const type of ['group', 'synthesis', 'vote'] as const) {
      const later = script.steps.find((s) => s.type === type);
      expect(later && canvasIdsOfStep(later), type).toEqual(ids);
    }
    const vote = stepOf(script, 'vote')[0];
    expect(vote?.budget).toBeGreaterThan(1);
  });

  it('carries the rubric of seed 002: four aspects by four phases, phase 1 empty for how widely it is lived', () => {
    const rubric = stepOf(script, 'rubric')[0];
    expect(rubric?.phaseNames).toHaveLength(4);
    expect(rubric?.aspects.map((a) => a.id)).toEqual(['commitment', 'visie', 'dagelijkse-praktijk', 'doorleefd']);
    const cells = rubric?.aspects.map((a) => a.phases.map((p) => p !== null)) ?? [];
    expect(cells).toEqual([
      [true, true, true, true],
      [true, true, true, true],
      [true, true, true, true],
      [false, true, true, true],
    ]);
    expect(rubric?.aspects[0]?.phases[2]).toContain('Het commitment bij Samen Opleiden en Professionaliseren is aanwezig bij tenminste 80% van alle collega’s in de school.');
    expect(rubric?.aspects[2]?.phases[3]).toContain('De visie is de toetssteen voor het dagelijks handelen voor alle betrokkenen.');
  });

  it('asks everyone to explain the vision in their own words, against the 80% norm', () => {
    const explain = stepOf(script, 'explain')[0];
    expect(explain?.norm).toBe(80);
    expect(explain?.prompt).toMatch(/eigen woorden/);
  });

  // The seeds ship in workshop-scripts/seeds: check that the script's phrases really are their words.
  const seedFiles = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
  const seed = (prefix: string) => {
    const file = seedFiles.find((f) => f.startsWith(prefix));
    return file ? corrected(normalise(readFileSync(SEEDS_DIR + file, 'utf8'))) : '';
  };

  it('keeps the wording of the conversation guide (seed 000)', () => {
    const guide = seed('000_');
    const phrases = [
      // the four reasons
      'Het verkleinen van de kloof tussen theorie en praktijk, tussen het instituut en de school.',
      'de uitval van docenten in de eerste jaren na afstuderen tegen te gaan',
      'dragen we bij aan een leven lang leren',
      'Door samen onderwijs te ontwikkelen en uit te voeren leren we van en met elkaar.',
      // the questions
      'In hoeverre zijn deze doelen van Samen Opleiden en Samen Professionaliseren bekend bij alle betrokkenen?',
      'Wat is voor jullie de reikwijdte van Samen Opleiden en Samen Professionaliseren?',
      'Welke unieke leermogelijkheden biedt de visie van de school voor leraren in opleiding?',
      'De vijf pijlers van het werven tot en met het behouden van leraren',
      'In hoeverre hebben jullie een visie op ieder van de vijf pijlers?',
      'Kortom: is de visie doorleefd?',
      // the five pillars
      'Kunnen leerlingen of potentiële zij-instromers meelopen?',
      'Wat is kenmerkend voor jullie school? Kunnen studenten, zij-instromers en eigen collega’s zich hierop oriënteren?',
      'Opleiden is effectief als het leren op het instituut en op de werkplek optimaal op elkaar aansluiten.',
      'Om dit te voorkomen is goede inductiebegeleiding voorwaardelijk.',
      'Heb je al eens nagedacht over werken in het onderwijs?',
      'Blijven leren en ontwikkelen is een van de voorwaarden voor een aantrekkelijke baan en motivatie.',
      // the shared lived vision
      'samen te kunnen leren en reflecteren (Derksen, 2021; Van Wessum & Verheggen, 2023)',
      'professionele ruimte te bieden (Both & De Bruijn, 2012)',
      ...QUESTIONS.map((q) => q.toLowerCase()),
    ];
    for (const phrase of phrases) {
      expect(guide, `niet in seed 000: ${phrase}`).toContain(normalise(phrase));
      expect(text, `niet in het script: ${phrase}`).toContain(normalise(phrase));
    }
  });

  it('keeps the wording of the rubric (seed 002), one cell at a time', () => {
    const rubricSeed = seed('002_');
    const rubric = stepOf(script, 'rubric')[0];
    for (const aspect of rubric?.aspects ?? []) {
      aspect.phases.forEach((cell, i) => {
        if (cell === null) return;
        // Each sentence of a cell stands in the seed (apart from the CORRECTIONS above).
        for (const sentence of cell.split(/(?<=[.?])\s+/)) {
          expect(rubricSeed, `${aspect.id}, fase ${i + 1}: ${sentence}`).toContain(normalise(sentence));
        }
      });
    }
  });
});

describe('studiedag-kort: the 90-minute variant', () => {
  const script = load('studiedag-kort.yaml');

  it('fits in 90 minutes, every step timed', () => {
    expect(script.steps.every((s) => (s.minutes ?? 0) > 0)).toBe(true);
    expect(scriptMinutes(script)).toBeLessThanOrEqual(90);
    expect(script.minutes).toBeLessThanOrEqual(90);
  });

  it('still asks the four questions and ends with the rubric, the explanation and a close', () => {
    const prompts = stepOf(script, 'prompt').flatMap((s) => s.canvases.map((c) => c.prompt));
    expect(prompts).toEqual(['Welke wedstrijd spelen wij?', 'Wat zijn de spelregels?', 'Wanneer doen we het goed?', 'Waar trainen we op?']);
    expect(script.steps.slice(-3).map((s) => s.type)).toEqual(['rubric', 'explain', 'close']);
  });

  it('uses the same rubric as the full study day', () => {
    const full = stepOf(load('studiedag-visie.yaml'), 'rubric')[0];
    const short = stepOf(script, 'rubric')[0];
    expect(short?.phaseNames).toEqual(full?.phaseNames);
    expect(short?.aspects).toEqual(full?.aspects);
  });
});

describe('visie-kort: the introduction other tests rely on', () => {
  it('keeps its step and canvas ids', () => {
    const script = load('visie-kort.yaml');
    expect(script.steps.map((s) => s.id)).toEqual(['welkom', 'gedeelde-visie', 'afsluiting']);
    expect(script.steps.flatMap(canvasIdsOfStep)).toEqual(['wedstrijd', 'spelregels', 'goed-doen', 'trainen']);
  });
});
