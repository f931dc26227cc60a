import { currentLanguage, type Language } from './index';

/** How dates are written in each language of the screens. */
const DATE_LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A date in the workshop's language, e.g. `formatDate(ms, { day: 'numeric', month: 'long' })`: "3 maart" or "3 March". */
export const formatDate = (ms: number, options: Intl.DateTimeFormatOptions): string => new Date(ms).toLocaleDateString(DATE_LOCALE[currentLanguage()], options);
