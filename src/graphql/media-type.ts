/**
 * Content negotiation of GraphQL responses (GraphQL over HTTP). Two media types:
 * `application/graphql-response+json`, whose status codes say what happened (a document that
 * does not parse or validate, or variables that do not coerce, answer 400 without `data`), and
 * the legacy `application/json`, under which every well-formed GraphQL request answers 200,
 * because a 4xx or 5xx might have come from a proxy instead of the GraphQL server.
 */
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const JSON_MEDIA_TYPE = 'application/json';

export interface ResponseMediaType {
  /** The Content-Type of the response. */
  type: typeof GRAPHQL_RESPONSE_JSON | typeof JSON_MEDIA_TYPE;
  /** True when GraphQL request errors answer 200: the client asked for application/json. */
  legacyStatus: boolean;
}

/**
 * A client that states no preference (no Accept header, or only wildcards such as curl's and
 * fetch's `*\/*`) gets application/json as the content type, which every client reads, with
 * the status codes of application/graphql-response+json: the spec's rule for a missing Accept
 * since 2025-01-01, and what this API has always answered. Only a client that names
 * application/json (and prefers it) gets that media type's 200 for request errors.
 */
const NO_PREFERENCE: ResponseMediaType = { type: JSON_MEDIA_TYPE, legacyStatus: false };

interface Range {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): Range[] {
  return accept.split(',').flatMap((part) => {
    const [range, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) return [];
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    return Number.isFinite(q) ? [{ type, subtype, q }] : [];
  });
}

/** The q-value and specificity (2 exact, 1 type/*, 0 *\/*) of the range that best matches. */
function match(ranges: Range[], mediaType: string): { q: number; specificity: number } {
  const [type, subtype] = mediaType.split('/');
  let best = { q: 0, specificity: -1 };
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1;
    // The most specific matching range decides (RFC 9110, 12.5.1).
    if (specificity > best.specificity) best = { q: range.q, specificity };
  }
  return best;
}

/**
 * The media type to answer with, or null when the client accepts neither (406). A tie goes to
 * application/graphql-response+json when the client names it.
 */
export function responseMediaType(accept: string | undefined): ResponseMediaType | null {
  if (!accept?.trim()) return NO_PREFERENCE;
  const ranges = parseAccept(accept);
  const modern = match(ranges, GRAPHQL_RESPONSE_JSON);
  const legacy = match(ranges, JSON_MEDIA_TYPE);
  if (modern.q <= 0 && legacy.q <= 0) return null;
  const preferModern = modern.q > legacy.q || (modern.q === legacy.q && modern.specificity === 2);
  if (preferModern) return { type: GRAPHQL_RESPONSE_JSON, legacyStatus: false };
  return legacy.specificity === 2 ? { type: JSON_MEDIA_TYPE, legacyStatus: true } : NO_PREFERENCE;
}
