// The console's server: Saleor's /graphql/ (plugin mode), the App's (App mode), or the standalone test server's.

export class ApiError extends Error {
  // kind: "permission" (no staff permission), "auth" (token refused),
  // "network", or "query" (a bad argument: `field` names it).
  constructor(kind, message, field = null) {
    super(message);
    this.kind = kind;
    this.field = field;
  }
}

const AUTH_CODES = new Set([
  "ExpiredSignatureError",
  "InvalidTokenError",
  "JSONWebTokenExpired",
  "JSONWebTokenError",
  "DecodeError",
  "InvalidSignatureError",
]);

export function createClient(url, getToken) {
  return async function gql(query, variables = {}) {
    const headers = { "Content-Type": "application/json" };
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new ApiError("network", String(error.message || error));
    }
    let body;
    try {
      body = await response.json();
    } catch {
      throw new ApiError("network", `HTTP ${response.status}`);
    }
    if (body.errors && body.errors.length) {
      const first = body.errors[0];
      const extensions = first.extensions || {};
      const code = (extensions.exception && extensions.exception.code) || extensions.code;
      if (code === "PermissionDenied") throw new ApiError("permission", first.message);
      if (AUTH_CODES.has(code)) throw new ApiError("auth", first.message);
      throw new ApiError("query", first.message, extensions.field || null);
    }
    return body.data;
  };
}

// Mutations answer `errors: [{field, code, message}]`; nothing is written then.
export async function mutate(gql, query, variables, name) {
  const data = await gql(query, variables);
  const payload = data[name];
  return { payload, errors: (payload && payload.errors) || [] };
}

export const ERRORS = "errors { field code message }";
