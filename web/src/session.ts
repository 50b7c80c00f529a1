/**
 * The signed-in session. The access token lives in this module's memory only; the refresh
 * token is an httpOnly cookie that only /auth/refresh reads. Every /auth call carries the
 * X-Requested-With header the server requires, which no cross-site form or simple request
 * can send.
 */
export interface Viewer {
  role: string;
  user: { id: string; displayName: string; email: string };
  tenant: { id: string; name: string; slug: string };
}

export interface ApiError {
  message: string;
  extensions?: {
    code?: string;
    fields?: { path: string; message: string }[];
    /** The one input field a CONFLICT is about (the last admin's role, a taken URL). */
    path?: string;
  };
}

interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  viewer: Viewer;
}

const AUTH_HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'interview-kit' };
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

let current: Session | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

export class AuthError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors[0]?.message ?? 'Request failed');
  }
}

function setSession(next: Session | null): void {
  current = next;
  clearTimeout(timer);
  if (next) {
    const wait = Date.parse(next.accessTokenExpiresAt) - Date.now() - REFRESH_MARGIN_MS;
    timer = setTimeout(() => void refresh(), Math.max(wait, 5_000));
  }
  for (const listener of listeners) listener();
}

export const session = {
  get: () => current,
  accessToken: () => current?.accessToken ?? null,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

async function post(path: string, body?: unknown, method = 'POST'): Promise<Response> {
  return fetch(path, {
    method,
    headers: AUTH_HEADERS,
    credentials: 'same-origin',
    body: body === undefined ? '{}' : JSON.stringify(body),
  });
}

async function readSession(response: Response): Promise<Session> {
  const body = (await response.json().catch(() => null)) as
    (Session & { errors?: ApiError[] }) | null;
  if (!response.ok || !body || body.errors) {
    throw new AuthError(
      body?.errors ?? [{ message: `The server answered ${response.status}; try again.` }],
    );
  }
  return body;
}

export async function signIn(input: {
  email: string;
  password: string;
  tenant: string;
}): Promise<void> {
  setSession(await readSession(await post('/auth/sign-in', input)));
}

/**
 * Accepts an invitation (the token from its link, a new password or the account's own) and
 * starts the session in the same answer; returns who joined where.
 */
export async function acceptInvitation(input: {
  token: string;
  password: string;
}): Promise<Viewer> {
  const joined = await readSession(await post('/auth/accept-invitation', input));
  setSession(joined);
  return joined.viewer;
}

/** One refresh at a time across tabs: a refresh token works once. */
async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  if (!navigator.locks) return fn();
  return (await navigator.locks.request('interview-kit-refresh', fn)) as T;
}

let pending: Promise<boolean> | null = null;

/** Trades the refresh cookie for a new access token; false when there is no session. */
export function refresh(): Promise<boolean> {
  pending ??= exclusive(async () => {
    try {
      const response = await post('/auth/refresh');
      if (response.status === 401) {
        setSession(null);
        return false;
      }
      setSession(await readSession(response));
      return true;
    } catch {
      setSession(null);
      return false;
    }
  }).finally(() => {
    pending = null;
  });
  return pending;
}

/** Ends the session on the server and clears the cookie. */
export async function signOut(): Promise<void> {
  try {
    await exclusive(() => post('/auth/refresh', undefined, 'DELETE'));
  } finally {
    setSession(null);
  }
}
