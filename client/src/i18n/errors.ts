import { currentLanguage, SOURCE_LANGUAGE, t } from './index';

/**
 * A server refusal in the workshop's language. The server speaks Dutch (`shared/src/api/errors.ts`
 * is the source of those texts, so the Dutch locale does not copy them); other languages translate
 * by the error's code under `errors.` in the common namespace, and fall back to the server's text.
 */
export function apiErrorText(error: { code: string; message: string }): string {
  if (currentLanguage() === SOURCE_LANGUAGE) return error.message;
  // An answer without a body gets its code from the status (`http_503`, see lib/api.ts).
  const status = /^http_(\d+)$/.exec(error.code)?.[1];
  const code = status === undefined ? error.code : Number(status) >= 500 ? 'http_server' : 'http_client';
  return t('common', `errors.${code}`, { defaultValue: error.message, status });
}
