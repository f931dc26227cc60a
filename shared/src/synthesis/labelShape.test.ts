import { describe, expect, it } from 'vitest';
import { shapeOf } from './labelShape.ts';

const kind = (label: string): string => shapeOf(label).kind;

describe('what kind of phrase a label is', () => {
  it('reads noun phrases, also those with an "-en" plural or a nominal infinitive', () => {
    expect(kind('tijd voor intervisie')).toBe('noun');
    expect(kind('jonge leerlingen')).toBe('noun'); // an "-en" plural after an adjective
    expect(kind('stille kinderen')).toBe('noun');
    expect(kind('sportdagen en excursies')).toBe('noun'); // "-dagen" ends a compound plural
    expect(kind('vergaderingen in de middag')).toBe('noun'); // "-ingen" is a plural, not a verb
    expect(kind('voorlezen')).toBe('noun'); // an infinitive alone reads as a noun ("het voorlezen")
    expect(kind('plezier van samen zingen')).toBe('noun');
    expect(kind('coach alleen voor nieuwe collega’s')).toBe('noun'); // "alleen" is no verb
    expect(kind('twee volwassenen in de klas')).toBe('noun'); // after a numeral
    expect(kind('opleiden van nieuwe collega’s')).toBe('noun'); // "het opleiden van …"
  });

  it('reads infinitive phrases: the verb last, or before a prepositional phrase', () => {
    expect(kind('ouders vaker uitnodigen')).toBe('verb');
    expect(kind('roosters tijdig delen')).toBe('verb');
    expect(kind('mailbox opruimen')).toBe('verb'); // "mailbox" is the object, not an adjective
    expect(kind('toetsen samen nakijken na de les')).toBe('verb');
    expect(kind('meelopen in de bovenbouw')).toBe('verb');
    expect(shapeOf('Beoordeeld op één les').phrase).toBe('Beoordeeld worden op één les');
  });

  it('reads clauses and puts their finite verb last, as "als" and "dat" need', () => {
    expect(shapeOf('begeleiding werkt')).toEqual({ kind: 'clause', phrase: 'begeleiding werkt' });
    expect(shapeOf('directie luistert')).toEqual({ kind: 'clause', phrase: 'directie luistert' });
    expect(shapeOf('starters krijgen ruimte')).toEqual({ kind: 'clause', phrase: 'starters ruimte krijgen' });
    expect(shapeOf('collega’s blijven graag werken')).toEqual({ kind: 'clause', phrase: 'collega’s graag blijven werken' });
    expect(shapeOf('de mentor heeft tijd')).toEqual({ kind: 'clause', phrase: 'de mentor tijd heeft' });
    // A verb that takes no object makes the plural before it its subject.
    expect(shapeOf('studenten blijven na de stage')).toEqual({ kind: 'clause', phrase: 'studenten na de stage blijven' });
    expect(shapeOf('alle starters blijven')).toEqual({ kind: 'clause', phrase: 'alle starters blijven' });
    expect(kind('starters inwerken')).toBe('verb');
    expect(kind('blijven werken')).toBe('verb');
    expect(kind('samen werken')).toBe('verb');
  });

  it('gives a participle its verb: a subject with "zijn"/"is", without one "zijn" for us', () => {
    expect(shapeOf('stages geregeld')).toEqual({ kind: 'clause', phrase: 'stages geregeld zijn' });
    expect(shapeOf('rooster ingevuld')).toEqual({ kind: 'clause', phrase: 'rooster ingevuld is' });
    expect(shapeOf('goed voorbereid')).toEqual({ kind: 'verb', phrase: 'goed voorbereid zijn' });
    expect(kind('duidelijk beleid')).toBe('noun'); // "beleid" only looks like "begeleid"
  });

  it('gives a noun with an adjective after it its "is"/"zijn": what it should be', () => {
    expect(shapeOf('sfeer in de groep veilig')).toEqual({ kind: 'clause', phrase: 'sfeer in de groep veilig is' });
    expect(shapeOf('afspraken duidelijk')).toEqual({ kind: 'clause', phrase: 'afspraken duidelijk zijn' });
    expect(kind('duidelijke afspraken')).toBe('noun');
    expect(kind('heel duidelijk')).not.toBe('clause'); // no noun to say it of
  });

  it('reads a prepositional phrase, also after "samen", as an adverbial', () => {
    expect(kind('met de hele wijk')).toBe('adverbial');
    expect(kind('samen met de bibliotheek')).toBe('adverbial');
  });
});
