// The widgets' only way to the API: trusted documents (persisted queries) by id, with the
// widget's API key or a signed-in user's token, and failures sorted into kinds a person
// understands. No free-text queries are ever sent.

/** A failure the widget shows as a message; `kind` picks the text. */
export class WidgetError extends Error {
  constructor(kind, code, details) {
    super(code || kind);
    this.kind = kind; // down | key | origin | rate | forbidden | input | error
    this.code = code;
    this.details = details;
  }
}

const manifests = new Map();

/** The manifest of trusted documents (name → id) of an endpoint, read once per page. */
function manifest(endpoint) {
  if (!manifests.has(endpoint)) {
    const loading = fetch(`${endpoint}/widgets/trusted-documents.json`, { credentials: 'omit' })
      .then((response) => {
        if (!response.ok) {
          throw new WidgetError('down', `HTTP_${response.status}`);
        }
        return response.json();
      });
    // a failed load is tried again next time
    loading.catch(() => manifests.delete(endpoint));
    manifests.set(endpoint, loading);
  }
  return manifests.get(endpoint);
}

/**
 * After a request failed without any answer (fetch throws a TypeError), tell "the API
 * refused this page's origin" from "the API is down": the status answers every origin.
 */
async function unreachable(endpoint) {
  try {
    const response = await fetch(`${endpoint}/widgets/status`, { credentials: 'omit', cache: 'no-store' });
    return new WidgetError(response.ok ? 'origin' : 'down', 'NO_RESPONSE');
  } catch {
    return new WidgetError('down', 'NO_RESPONSE');
  }
}

function kindOf(status, code) {
  if (status === 401 || code === 'INVALID_API_KEY' || code === 'UNAUTHENTICATED') return 'key';
  if (code === 'ORIGIN_NOT_ALLOWED') return 'origin';
  if (status === 429 || code === 'RATE_LIMITED') return 'rate';
  if (status === 403 || code === 'FORBIDDEN' || code === 'TRUSTED_DOCUMENT_REQUIRED') return 'forbidden';
  if (status >= 500 || status === 404) return 'down';
  return 'error';
}

/**
 * Runs a trusted document.
 * @param {{endpoint: string, apiKey?: string, token?: string}} access where and as whom
 * @param {string} name the document's name, e.g. 'expertenfinder'
 * @param {object} variables its variables
 * @returns {Promise<object>} the response's `data`
 * @throws {WidgetError} when there is no data to show
 */
export async function run(access, name, variables = {}) {
  let ids;
  try {
    ids = await manifest(access.endpoint);
  } catch (error) {
    throw error instanceof WidgetError ? error : await unreachable(access.endpoint);
  }
  if (!ids[name]) {
    throw new WidgetError('error', 'UNKNOWN_DOCUMENT');
  }
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  if (access.token) {
    headers.Authorization = `Bearer ${access.token}`;
  } else if (access.apiKey) {
    headers['X-API-Key'] = access.apiKey;
  }
  let response;
  try {
    response = await fetch(`${access.endpoint}/graphql`, {
      method: 'POST',
      headers,
      credentials: 'omit',
      body: JSON.stringify({ documentId: ids[name], variables }),
    });
  } catch {
    throw await unreachable(access.endpoint);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // no JSON: the status alone tells
  }
  const first = body && Array.isArray(body.errors) && body.errors.length ? body.errors[0] : null;
  const code = first && first.extensions ? first.extensions.code : undefined;
  if (!response.ok || !body || !body.data) {
    throw new WidgetError(kindOf(response.status, code), code, first && first.extensions);
  }
  if (first && code && code !== 'NOT_FOUND') {
    // a field failed: expected input errors get their own messages, others a general one
    const kind = code.startsWith('UNKNOWN_') || code === 'NO_CRITERIA' || code === 'BAD_USER_INPUT'
      ? 'input' : kindOf(response.status, code);
    throw new WidgetError(kind, code, first.extensions);
  }
  return body.data;
}
