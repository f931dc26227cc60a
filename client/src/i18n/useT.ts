import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { asLanguage, currentLanguage, messagesVersion, setLanguage, subscribeToMessages, t as translate, type Namespace, type T } from './index';

// The React side of Visiebord's messages. In the app's entry chunk with the library itself: every
// page needs them, and a chunk of their own would be one more file for a phone on a slow network.

export type { T } from './index';

/** A namespace's translate function; the component re-renders when the workshop's language arrives. */
export function useT(namespace: Namespace): T {
  // The same version on a server render (a test renders screens to text without a browser).
  const version = useSyncExternalStore(subscribeToMessages, messagesVersion, messagesVersion);
  // `version` is a dependency on purpose: a new function after a language change re-runs memos that use it.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  return useMemo<T>(() => (key, values) => translate(namespace, key, values), [namespace, version]);
}

/**
 * Speaks the workshop's language on this page once it is known (a script's `language`; Dutch until
 * then). True once the page speaks it: a page may wait for that rather than flash Dutch first.
 */
export function useWorkshopLanguage(language: string | undefined): boolean {
  useEffect(() => {
    if (language) void setLanguage(asLanguage(language));
  }, [language]);
  const wanted = language ? asLanguage(language) : currentLanguage();
  const speaking = () => currentLanguage() === wanted;
  return useSyncExternalStore(subscribeToMessages, speaking, speaking);
}
