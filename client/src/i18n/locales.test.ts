import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERRORS } from '@visiebord/shared/api';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from './index';

// Every namespace file in every language: a key missing in one language would show the Dutch text
// (or the bare key) on an English workshop's screens.

const root = join(import.meta.dirname, 'locales');

type Messages = { [key: string]: string | Messages };

function read(language: Language, file: string): Messages {
  return JSON.parse(readFileSync(join(root, language, file), 'utf8')) as Messages;
}

/** Flattens nested keys to `a.b.c` with their text. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** The `{{name}}` values a text uses, sorted; `count` too where a plural needs it. */
function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? ''))].sort();
}

/** The server's refusals: their Dutch lives in shared/src/api/errors.ts, so only translations list them. */
const SERVER_ERRORS = 'errors.';
function withoutServerErrors(flat: Map<string, string>): Map<string, string> {
  return new Map([...flat].filter(([key]) => !key.startsWith(SERVER_ERRORS)));
}

const files = new Set(LANGUAGES.flatMap((language) => readdirSync(join(root, language))));

describe('locales', () => {
  it('has the same namespace files in every language', () => {
    for (const language of LANGUAGES) expect(readdirSync(join(root, language)).sort(), language).toEqual([...files].sort());
  });

  for (const file of files) {
    it(`${file}: every key in every language, with the same values`, () => {
      const source = flatten(read(SOURCE_LANGUAGE, file));
      for (const language of LANGUAGES.filter((other) => other !== SOURCE_LANGUAGE)) {
        const translated = withoutServerErrors(flatten(read(language, file)));
        expect([...translated.keys()].sort(), `${language}/${file} keys`).toEqual([...source.keys()].sort());
        for (const [key, text] of source) {
          expect(variables(translated.get(key) ?? ''), `${language}/${file} ${key}`).toEqual(variables(text));
          expect(translated.get(key)?.trim(), `${language}/${file} ${key} is empty`).not.toBe('');
        }
      }
    });
  }

  it('translates every error the server can answer, a lost connection and an answer without a body', () => {
    // Besides the server's codes: a lost connection, and an answer without a body (lib/api.ts).
    const codes = [...Object.keys(ERRORS), 'network', 'http_server', 'http_client'].sort();
    for (const language of LANGUAGES.filter((other) => other !== SOURCE_LANGUAGE)) {
      const keys = [...flatten(read(language, 'common.json')).keys()].filter((key) => key.startsWith(SERVER_ERRORS));
      expect(keys.map((key) => key.slice(SERVER_ERRORS.length)).sort(), language).toEqual(codes);
    }
    expect([...flatten(read(SOURCE_LANGUAGE, 'common.json')).keys()].filter((key) => key.startsWith(SERVER_ERRORS))).toEqual([]);
  });

  it('writes plurals with both forms', () => {
    for (const language of LANGUAGES) {
      for (const file of files) {
        const keys = [...flatten(read(language, file)).keys()];
        for (const key of keys.filter((k) => k.endsWith('_one'))) expect(keys, `${language}/${file}`).toContain(key.replace(/_one$/, '_other'));
        for (const key of keys.filter((k) => k.endsWith('_other'))) expect(keys, `${language}/${file}`).toContain(key.replace(/_other$/, '_one'));
      }
    }
  });
});
