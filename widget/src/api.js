// GraphQL over fetch, with the customer's token from an attribute, a property, a
// function (e.g. one reading @saleor/auth-sdk's storage) or a whole authenticated
// fetch (e.g. saleorAuthClient.fetchWithAuth).

/** An error the page can show or react to: `code` is the API's error code. */
export class ReferralError extends Error {
  constructor(code, message, field = null) {
    super(message);
    this.name = "ReferralError";
    this.code = code;
    this.field = field;
  }
}

/** The bearer token of an element: its `getToken()` function, else `token`. */
export async function tokenOf(element) {
  if (typeof element.getToken === "function") {
    const token = await element.getToken();
    return token || null;
  }
  return element.token || null;
}

/**
 * Run one GraphQL operation. `options`: { apiUrl, token, fetch }.
 * Resolves to `data`; rejects with a ReferralError (code NETWORK, GRAPHQL, or
 * the code of a top-level error's extensions).
 */
export async function graphql(options, query, variables) {
  if (!options.apiUrl) {
    throw new ReferralError("CONFIGURATION", "The api-url attribute is missing.");
  }
  const headers = { "Content-Type": "application/json" };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const send = options.fetch || fetch;
  let body;
  try {
    const response = await send(options.apiUrl, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
    body = await response.json();
  } catch (error) {
    throw new ReferralError("NETWORK", String(error && error.message ? error.message : error));
  }
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    const code = (first.extensions && (first.extensions.code || (first.extensions.exception || {}).code)) || "GRAPHQL";
    throw new ReferralError(String(code), first.message || "GraphQL error");
  }
  return body.data || {};
}

/** The payload of a mutation; its first `errors` entry becomes a ReferralError. */
export function payload(data, name) {
  const result = data[name];
  if (!result) throw new ReferralError("GRAPHQL", `${name} returned nothing.`);
  if (result.errors && result.errors.length) {
    const { code, message, field } = result.errors[0];
    throw new ReferralError(code, message || code, field || null);
  }
  return result;
}
