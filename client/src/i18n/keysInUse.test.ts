import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every key written out in the code exists in the Dutch source (and so, by locales.test.ts, in
// every language): a typo would put the bare key on a screen. Keys built at run time
// (`connection.${status}`) are not seen here.

const src = join(import.meta.dirname, '..');
const locales = join(import.meta.dirname, 'locales', 'nl');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function keysOf(namespace: string): Set<string> {
  const flat = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') flat.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, prefix ? `${prefix}.${key}` : key);
  };
  walk(JSON.parse(readFileSync(join(locales, `${namespace}.json`), 'utf8')), '');
  return flat;
}

/** `[namespace, key]` for each literal key: `useT('ns')` then `t('key')`, or `t('ns', 'key')`. */
function usedKeys(code: string): Array<[string, string]> {
  const used: Array<[string, string]> = [];
  const hooked = [...code.matchAll(/useT\('(\w+)'\)/g)].map((m) => m[1] ?? '');
  for (const m of code.matchAll(/\bt\('(\w+)', '([\w.]+)'/g)) used.push([m[1] ?? '', m[2] ?? '']);
  if (hooked.length === 1) {
    for (const m of code.matchAll(/\bt\('([\w.]+)'[,)]/g)) used.push([hooked[0] ?? '', m[1] ?? '']);
    // Keys chosen by a condition: t(a ? 'x' : 'y').
    for (const m of code.matchAll(/\bt\(([^()'`]*\?\s*'[\w.]+'[^()`]*)\)/g)) {
      for (const k of (m[1] ?? '').matchAll(/[?:]\s*'([\w.]+)'/g)) used.push([hooked[0] ?? '', k[1] ?? '']);
    }
  }
  return used;
}

describe('keys in use', () => {
  const files = sourceFiles(src);
  const namespaces = new Map<string, Set<string>>();
  const known = (namespace: string) => {
    if (!namespaces.has(namespace)) namespaces.set(namespace, keysOf(namespace));
    return namespaces.get(namespace) ?? new Set<string>();
  };

  it('finds keys to check (the scan itself works)', () => {
    expect(files.flatMap((file) => usedKeys(readFileSync(file, 'utf8'))).length).toBeGreaterThan(100);
  });

  it('has every key the code names in the Dutch source', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const [namespace, key] of usedKeys(readFileSync(file, 'utf8'))) {
        if (!known(namespace).has(key)) missing.push(`${file.slice(src.length + 1)}: ${namespace}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
