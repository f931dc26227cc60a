/**
 * Every error the API can answer, with its HTTP status and a plain-Dutch message the phone can show
 * as it is. Clients switch on `code`; people read `message`.
 */
export const ERRORS = {
  bad_json: { status: 400, message: 'Het verzoek is geen geldige JSON.' },
  invalid_request: { status: 400, message: 'Het verzoek is niet compleet of niet geldig.' },
  unknown_intent: { status: 400, message: 'Deze actie kent Visiebord niet.' },
  note_empty: { status: 400, message: 'Je notitie is leeg. Schrijf eerst iets op.' },
  note_too_long: { status: 400, message: 'Je notitie is te lang.' },
  name_too_long: { status: 400, message: 'Je naam is te lang.' },
  unauthorized: { status: 401, message: 'Je bent niet (meer) aangemeld bij deze workshop. Doe opnieuw mee met de code.' },
  forbidden: { status: 403, message: 'Dit mag je niet doen.' },
  not_your_note: { status: 403, message: 'Je kunt alleen je eigen notities aanpassen.' },
  not_found: { status: 404, message: 'Niet gevonden.' },
  workshop_not_found: { status: 404, message: 'Deze workshop bestaat niet (meer).' },
  code_not_found: { status: 404, message: 'Die code kennen we niet. Kijk nog eens op het scherm voorin de zaal.' },
  note_not_found: { status: 404, message: 'Deze notitie bestaat niet (meer).' },
  script_not_found: { status: 404, message: 'Dit workshopscript bestaat niet.' },
  step_not_found: { status: 404, message: 'Deze stap bestaat niet in het script.' },
  canvas_not_found: { status: 404, message: 'Deze vraag bestaat niet in de workshop.' },
  step_not_current: { status: 409, message: 'Deze vraag is nu niet open. Volg het scherm voorin de zaal.' },
  canvas_locked: { status: 409, message: 'Deze vraag is gesloten; er kunnen geen notities meer bij.' },
  note_budget: { status: 409, message: 'Je hebt het maximale aantal notities voor deze vraag bereikt.' },
  time_up: { status: 409, message: 'De tijd voor deze vraag is om. Kijk op het scherm voorin de zaal.' },
  vote_budget: { status: 409, message: 'Je hebt al je stippen verdeeld; haal er eerst een weg.' },
  role_unknown: { status: 400, message: 'Deze rol kent deze workshop niet. Kies een rol uit de lijst, of sla het over.' },
  follow_up_closed: {
    status: 410,
    message: 'Dit vervolg is gesloten: de periode om mee te doen is voorbij. Dank voor je interesse; vraag de begeleider naar de uitkomsten.',
  },
  not_finished: { status: 409, message: 'Een vervolg start je vanuit een workshop die al is afgelopen (bij de laatste stap).' },
  invalid_phase: { status: 400, message: 'Kies een fase van 1 tot en met 4.' },
  intent_conflict: { status: 409, message: 'Deze actie-id is al gebruikt voor iets anders.' },
  export_format: { status: 400, message: 'Dit exportformaat kent Visiebord niet. Kies md, docx, json, csv of html.' },
  import_invalid: { status: 400, message: 'Dit bestand is geen Visiebord-export of het is beschadigd.' },
  import_version: { status: 400, message: 'Dit bestand komt uit een nieuwere versie van Visiebord. Werk Visiebord bij en probeer het opnieuw.' },
  payload_too_large: { status: 413, message: 'Het verzoek is te groot.' },
  rate_limited: { status: 429, message: 'Even rustig aan: te veel verzoeken tegelijk. Het wordt zo opnieuw geprobeerd.' },
  join_rate_limited: {
    status: 429,
    message: 'Er zijn vanaf dit netwerk te veel onjuiste codes geprobeerd. Wacht een halve minuut en probeer het dan opnieuw.',
  },
  retention_invalid: { status: 400, message: 'Kies een bewaartermijn van 1 tot en met 365 dagen.' },
  storage_failed: { status: 503, message: 'Opslaan lukte even niet. Het wordt zo opnieuw geprobeerd.' },
  internal: { status: 500, message: 'Er ging iets mis op de server.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export type ErrorBody = { error: { code: ErrorCode | string; message: string } };

/** An error that becomes `{error:{code,message}}` with its status; thrown by rules, caught by one handler. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERRORS[code].message);
    this.code = code;
    this.status = ERRORS[code].status;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
