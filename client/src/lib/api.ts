import type {
  CreateWorkshopBody,
  CreateWorkshopResponse,
  ErrorResponse,
  HandfulResponse,
  MoreHandfulResponse,
  IntentResponse,
  JoinBody,
  JoinResponse,
  PublicWorkshopResponse,
  ScriptSummary,
  SynthesisBody,
  SynthesisResponse,
  TimerBody,
  TimerResponse,
} from '@visiebord/shared/api';
import type { TimerAction } from '@visiebord/shared/doc';
import type { Intent } from '@visiebord/shared/intents';

/**
 * The HTTP API as the client uses it. Every failure becomes an ApiError with the server's Dutch
 * message, so screens can show it as it is, and `retryable` says whether trying again can help.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
  /** Network trouble, overload and server errors pass; any other 4xx is the server saying no. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export const NETWORK_MESSAGE = 'Geen verbinding met de server. Het wordt zo opnieuw geprobeerd.';

type RequestOptions = { method?: 'GET' | 'POST' | 'DELETE'; body?: unknown; token?: string; signal?: AbortSignal };

export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  const text = await response.text().catch(() => '');
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) throw errorFromBody(response.status, data);
  return data as T;
}

function errorFromBody(status: number, data: unknown): ApiError {
  // Any body may come back (a proxy's HTML page, nothing at all): each field is checked before use.
  const error = (data as Partial<ErrorResponse> | null)?.error as Partial<Record<keyof ErrorResponse['error'], unknown>> | undefined;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : status >= 500
        ? 'Er ging iets mis op de server. Het wordt zo opnieuw geprobeerd.'
        : `Dat lukte niet (fout ${status}).`;
  return new ApiError(status, code, message);
}

export const listScripts = () => requestJson<ScriptSummary[]>('/api/scripts');

export const createWorkshop = (body: CreateWorkshopBody) =>
  requestJson<CreateWorkshopResponse>('/api/workshops', { method: 'POST', body });

export const joinWorkshop = (body: JoinBody) =>
  requestJson<JoinResponse>('/api/join', { method: 'POST', body });

/** Title and join code, readable with the beamer or the facilitator key. */
export const fetchPublicWorkshop = (workshopId: string, key: string, signal?: AbortSignal) =>
  requestJson<PublicWorkshopResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/public`, { token: key, signal });

export const postIntent = (workshopId: string, token: string, intent: Intent, signal?: AbortSignal) =>
  requestJson<IntentResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/intents`, { method: 'POST', body: intent, token, signal });

/** Asks the server to start, pause, extend or stop the current step's timer (it runs on the server's clock). */
export const postTimer = (workshopId: string, key: string, action: TimerAction['action'], seconds?: number) =>
  requestJson<TimerResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/timer`, {
    method: 'POST',
    token: key,
    body: (action === 'start' ? { action, seconds } : { action }) satisfies TimerBody,
  });

/** Runs the offline synthesis over these canvases; the server writes suggested groups and drafts into the document. */
export const postSynthesis = (workshopId: string, key: string, canvasIds: readonly string[]) =>
  requestJson<SynthesisResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/synthesis`, { method: 'POST', token: key, body: { canvasIds: [...canvasIds] } satisfies SynthesisBody });

/** The notes this phone is asked to sort in a group step (the same ones after a reload). */
export const fetchHandful = (workshopId: string, token: string, signal?: AbortSignal) =>
  requestJson<HandfulResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/handful`, { token, signal });

/** A further handful once this phone sent its sort ("Nog een stapel sorteren"); `round` 1, 2, … */
export const fetchMoreHandful = (workshopId: string, token: string, round: number, signal?: AbortSignal) =>
  requestJson<MoreHandfulResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/handful?round=${round}`, { token, signal });
