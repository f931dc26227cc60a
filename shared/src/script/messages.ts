import type { z } from 'zod';
import { STEP_TYPES } from './schema.ts';
import { didYouMean } from './suggest.ts';

/**
 * Dutch messages for the schema's problems, for script authors rather than programmers.
 * Passed to `safeParse` as its error map, so a message written in the schema itself still wins.
 */
export function dutchIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `ontbreekt (verwacht: ${typeName(issue.expected)})`;
      return `verkeerd type: ${describeValue(issue.input)} (verwacht: ${typeName(issue.expected)})`;
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, knownKeys(issue.inst));
    case 'invalid_union':
      return unknownStepType(issue.input);
    case 'invalid_value':
      return `ongeldige waarde ${describeValue(issue.input)} (kies uit: ${issue.values.map(String).join(', ')})${
        typeof issue.input === 'string' ? didYouMean(issue.input, issue.values.map(String)) : ''
      }`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      return 'heeft niet de goede vorm';
    case 'not_multiple_of':
      return `moet een veelvoud zijn van ${String(issue.divisor)}`;
    default:
      return undefined;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'getal',
    int: 'geheel getal',
    boolean: 'true of false',
    array: 'lijst (regels met "- ")',
    object: 'sleutels met waarden',
    null: 'null',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'sleutels met waarden';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

function unknownKeys(keys: readonly string[], known: string[]): string {
  const hints = keys.map((key) => `${key}${didYouMean(key, known)}`);
  const allowed = known.length > 0 ? `; toegestaan: ${known.join(', ')}` : '';
  return `onbekende sleutel${keys.length === 1 ? '' : 's'}: ${hints.join(', ')}${allowed}`;
}

/** The keys an object schema allows, read from the schema that raised the issue. */
function knownKeys(inst: unknown): string[] {
  const def = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return def?.shape ? Object.keys(def.shape) : [];
}

/** The only union in the schema is the step, told apart by its `type`. */
function unknownStepType(input: unknown): string {
  const type = typeof input === 'object' && input !== null && 'type' in input ? (input as { type: unknown }).type : undefined;
  const choices = `kies ${STEP_TYPES.slice(0, -1).join(', ')} of ${STEP_TYPES[STEP_TYPES.length - 1] ?? ''}`;
  if (type === undefined) return `staptype ontbreekt (${choices})`;
  const hint = typeof type === 'string' ? didYouMean(type, STEP_TYPES) : '';
  return `onbekend staptype ${describeValue(type)}${hint} (${choices})`;
}

function tooSmall(origin: string, minimum: number, inclusive: boolean): string {
  if (origin === 'string') return 'mag niet leeg zijn';
  if (origin === 'array') return `te weinig: minstens ${inclusive ? minimum : minimum + 1} nodig`;
  return inclusive ? `moet minstens ${minimum} zijn` : `moet meer dan ${minimum} zijn`;
}

function tooBig(origin: string, maximum: number, inclusive: boolean): string {
  if (origin === 'string') return `te lang: hoogstens ${maximum} tekens`;
  if (origin === 'array') return `te veel: hoogstens ${inclusive ? maximum : maximum - 1}`;
  return inclusive ? `mag hoogstens ${maximum} zijn` : `moet minder dan ${maximum} zijn`;
}

const YAML_MESSAGES: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    'een dubbele punt of inspringing op een onverwachte plek; staat er een dubbele punt in een tekst, zet de tekst dan tussen aanhalingstekens of gebruik >-',
  MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer regels; kijk naar de inspringing en de dubbele punten',
  TAB_AS_INDENT: 'spring in met spaties, niet met tabs',
  MISSING_CHAR: 'er ontbreekt een afsluitend teken (bijvoorbeeld een aanhalingsteken, ] of })',
  BAD_INDENT: 'de inspringing klopt niet (of een ] of } ontbreekt)',
  MULTIPLE_DOCS: 'het bestand bevat meer dan één document (---); zet één script in een bestand',
  DUPLICATE_KEY: 'een sleutel komt twee keer voor in hetzelfde blok',
  UNEXPECTED_TOKEN: 'onverwacht teken; kijk naar de inspringing en de dubbele punten',
  BAD_DQ_ESCAPE: 'ongeldige \\-code tussen dubbele aanhalingstekens',
  BAD_ALIAS: 'een verwijzing (*naam) naar een anker (&naam) dat niet bestaat',
};

/** A YAML syntax error in Dutch; the parser's own English text when we have no better words. */
export function yamlErrorMessage(error: { code: string; message: string; column?: number }): string {
  const where = error.column === undefined ? '' : ` (kolom ${error.column})`;
  const english = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return `geen geldige YAML: ${YAML_MESSAGES[error.code] ?? english}${where}`;
}
