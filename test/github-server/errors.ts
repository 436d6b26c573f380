/**
 * GitHub's error bodies. Each has message, documentation_url and (since 2023)
 * status as a string; validation errors add an `errors` array before the URL.
 * Handlers throw HttpError and the pipeline turns it into a response.
 */

export const DOCS = 'https://docs.github.com/rest';

export interface ValidationItem {
  resource: string;
  code: string;
  field?: string;
  value?: string | number | null;
  message?: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? status));
  }
}

function error(status: number, message: string, doc: string): HttpError {
  return new HttpError(status, { message, documentation_url: doc, status: String(status) });
}

export const notFound = (doc = DOCS): HttpError => error(404, 'Not Found', doc);
export const badCredentials = (): HttpError => error(401, 'Bad credentials', DOCS);
export const requiresAuthentication = (doc = DOCS): HttpError => error(401, 'Requires authentication', doc);
export const problemsParsingJson = (doc = DOCS): HttpError => error(400, 'Problems parsing JSON', doc);
export const forbidden = (message: string, doc = DOCS): HttpError => error(403, message, doc);

/**
 * The git and contents endpoints answer many failures with a bare message
 * and no `errors` array: 422 "Reference already exists", 409 "x does not
 * match <sha>", 404 "Branch not found".
 */
export const plainError = (status: number, message: string, doc = DOCS): HttpError => error(status, message, doc);

/** The schema-level rejection GitHub gives for a missing or mistyped field. */
export const invalidRequest = (detail: string, doc = DOCS): HttpError =>
  error(422, `Invalid request.\n\n${detail}`, doc);

export function validationFailed(errors: ValidationItem[], doc = DOCS): HttpError {
  return new HttpError(422, { message: 'Validation Failed', errors, documentation_url: doc, status: '422' });
}
