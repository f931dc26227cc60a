import i18next, { type Resource, type ResourceKey } from 'i18next';

/**
 * Visiebord's messages: Dutch is the source language and always bundled with the surface that
 * shows it (no extra round trip on a slow phone); English is fetched only when a workshop's
 * script says `language: en`. Plurals go through i18next (`count`, keys `x_one`/`x_other`),
 * values through `{{name}}`.
 */
export type Namespace = 'common' | 'phone' | 'beamer' | 'console' | 'landing' | 'trajectory' | 'board';
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const SOURCE_LANGUAGE: Language = 'nl';

/** A bound translate function, e.g. `t('vote.dots', { count: 2 })`. */
export type T = (key: string, values?: Record<string, unknown>) => string;

const messages = i18next.createInstance();
void messages.init({
  lng: SOURCE_LANGUAGE,
  fallbackLng: SOURCE_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  resources: {} satisfies Resource,
  ns: [],
  // Synchronous: the Dutch messages are here already, nothing to wait for.
  initAsync: false,
  // React escapes what it renders; escaping here would show `&amp;` on screen.
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

// The English files, one chunk each, fetched on first use (a Dutch workshop never asks for them).
const translations = import.meta.glob<{ default: ResourceKey }>('./locales/en/*.json');

const registered = new Set<Namespace>();
const loaded = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Re-render hook for `useT`: called whenever the language or a namespace's messages change. */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function messagesVersion(): number {
  return version;
}

function loadTranslation(language: Language, namespace: Namespace): Promise<void> {
  if (language === SOURCE_LANGUAGE) return Promise.resolve();
  const id = `${language}/${namespace}`;
  let done = loaded.get(id);
  if (!done) {
    const load = translations[`./locales/${language}/${namespace}.json`];
    done = load
      ? load().then(
          (module) => {
            messages.addResourceBundle(language, namespace, module.default, true, true);
            changed();
          },
          // A failed download leaves the Dutch text on screen; a later call tries again.
          () => void loaded.delete(id),
        )
      : Promise.resolve();
    loaded.set(id, done);
  }
  return done;
}

/**
 * Makes a namespace's Dutch messages known; each surface does this (through `sources/<namespace>.ts`)
 * for the namespaces it shows, so a phone never downloads the console's text.
 */
export function addSource(namespace: Namespace, resources: ResourceKey): void {
  if (registered.has(namespace)) return;
  registered.add(namespace);
  messages.addResourceBundle(SOURCE_LANGUAGE, namespace, resources, true, true);
  void loadTranslation(currentLanguage(), namespace);
}

export function currentLanguage(): Language {
  return messages.language === 'en' ? 'en' : 'nl';
}

/** The browser's own language, for a page that does not know its workshop yet (the phone's join form). */
export function browserLanguage(): Language {
  return typeof navigator !== 'undefined' && /^en\b/i.test(navigator.language) ? 'en' : SOURCE_LANGUAGE;
}

/** Reads a workshop's language from the wire, where an older server or script may say nothing. */
export function asLanguage(value: unknown): Language {
  return value === 'en' ? 'en' : 'nl';
}

/**
 * Switches every surface's text to a workshop's language. Resolves once the translations of all
 * namespaces shown so far are here, so a caller can wait before rendering.
 */
export async function setLanguage(language: Language): Promise<void> {
  await Promise.all([...registered].map((namespace) => loadTranslation(language, namespace)));
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  // Nothing to re-render when the language stays: a new translate function would restart effects
  // that depend on it (the phone's live socket among them).
  if (messages.language === language) return;
  await messages.changeLanguage(language);
  changed();
}

/** Translates outside React, e.g. in a module that builds a spoken text: `t('phone', 'vote.dots', { count })`. */
export function t(namespace: Namespace, key: string, values?: Record<string, unknown>): string {
  return messages.t(key, { ...values, ns: namespace }) as string;
}

/** For tests: the instance itself. */
export const i18n = messages;
