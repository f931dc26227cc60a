/** Gives every code in `messages` the same HTTP status, kept literal so `ErrorCode` lists them all. */
function withStatus<const S extends number, const M extends Record<string, string>>(status: S, messages: M): { [K in keyof M]: { status: S; message: M[K] } } {
  const entries = Object.entries(messages).map(([code, message]) => [code, { status, message }]);
  return Object.fromEntries(entries) as { [K in keyof M]: { status: S; message: M[K] } };
}

/**
 * Every error the API can answer, with its HTTP status and a plain-Dutch message the phone can show
 * as it is. Clients switch on `code`; people read `message`.
 */
export const ERRORS = {
  ...withStatus(400, {
    bad_json: 'Het verzoek is geen geldige JSON.',
    invalid_request: 'Het verzoek is niet compleet of niet geldig.',
    unknown_intent: 'Deze actie kent Visiebord niet.',
    note_empty: 'Je notitie is leeg. Schrijf eerst iets op.',
    note_too_long: 'Je notitie is te lang.',
    name_too_long: 'Je naam is te lang.',
    role_unknown: 'Deze rol kent deze workshop niet. Kies een rol uit de lijst, of sla het over.',
    invalid_phase: 'Kies een fase van 1 tot en met 4.',
    export_format: 'Dit exportformaat kent Visiebord niet. Kies md, docx, json, csv of html.',
    import_invalid: 'Dit bestand is geen Visiebord-export of het is beschadigd.',
    import_version: 'Dit bestand komt uit een nieuwere versie van Visiebord. Werk Visiebord bij en probeer het opnieuw.',
    retention_invalid: 'Kies een bewaartermijn van 1 tot en met 365 dagen.',
  }),
  ...withStatus(401, { unauthorized: 'Je bent niet (meer) aangemeld bij deze workshop. Doe opnieuw mee met de code.' }),
  ...withStatus(403, {
    forbidden: 'Dit mag je niet doen.',
    not_your_note: 'Je kunt alleen je eigen notities aanpassen.',
  }),
  ...withStatus(404, {
    not_found: 'Niet gevonden.',
    workshop_not_found: 'Deze workshop bestaat niet (meer).',
    code_not_found: 'Die code kennen we niet. Kijk nog eens op het scherm voorin de zaal.',
    note_not_found: 'Deze notitie bestaat niet (meer).',
    script_not_found: 'Dit workshopscript bestaat niet.',
    step_not_found: 'Deze stap bestaat niet in het script.',
    canvas_not_found: 'Deze vraag bestaat niet in de workshop.',
  }),
  ...withStatus(409, {
    step_not_current: 'Deze vraag is nu niet open. Volg het scherm voorin de zaal.',
    canvas_locked: 'Deze vraag is gesloten; er kunnen geen notities meer bij.',
    note_budget: 'Je hebt het maximale aantal notities voor deze vraag bereikt.',
    time_up: 'De tijd voor deze vraag is om. Kijk op het scherm voorin de zaal.',
    vote_budget: 'Je hebt al je stippen verdeeld; haal er eerst een weg.',
    not_finished: 'Een vervolg start je vanuit een workshop die al is afgelopen (bij de laatste stap).',
    intent_conflict: 'Deze actie-id is al gebruikt voor iets anders.',
    sort_first: 'Sorteer eerst je eigen handvol notities en tik op Klaar; daarna kun je nog een stapel sorteren.',
  }),
  ...withStatus(410, { follow_up_closed: 'Dit vervolg is gesloten: de periode om mee te doen is voorbij. Dank voor je interesse; vraag de begeleider naar de uitkomsten.' }),
  ...withStatus(413, { payload_too_large: 'Het verzoek is te groot.' }),
  ...withStatus(429, {
    rate_limited: 'Even rustig aan: te veel verzoeken tegelijk. Het wordt zo opnieuw geprobeerd.',
    join_rate_limited: 'Er zijn vanaf dit netwerk te veel onjuiste codes geprobeerd. Wacht een halve minuut en probeer het dan opnieuw.',
  }),
  ...withStatus(500, { internal: 'Er ging iets mis op de server.' }),
  ...withStatus(503, { storage_failed: 'Opslaan lukte even niet. Het wordt zo opnieuw geprobeerd.' }),
};

export type ErrorCode = keyof typeof ERRORS;

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
