/**
 * bench/floor: the interviewer kit with nothing but node:http and pg, as the reference the
 * service is measured against (`npm run bench:kit`). It does exactly the kit's checks and
 * work, and no more:
 *
 * - verifies the bearer access token once (HS256, the same secret, issuer, audience, exp, iat,
 *   and the sub/tid/sid claims the service requires);
 * - opens a transaction and sets `app.tenant_id` for row-level security (one round trip, as
 *   the runtime role, never the owner);
 * - one named prepared statement (bench/floor/kit-sql.ts): the live membership and session,
 *   the stage, the caller's right to read its kit, and the whole response body as JSON text;
 * - COMMIT.
 *
 * Three round trips per request. Run as a child process of the benchmark: it reads its
 * settings from FLOOR_* variables, answers on a free port of 127.0.0.1 and reports the port,
 * its CPU time and its round trips over IPC.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { countRoundTrips, serveStats } from '../round-trips.js';
import { FLOOR_KIT_SQL } from './kit-sql.js';

const roundTrips = countRoundTrips();
const env = process.env;
const secret = Buffer.from(env.FLOOR_JWT_SECRET ?? '', 'utf8');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const pool = new pg.Pool({
  connectionString: env.FLOOR_DATABASE_URL,
  max: Number(env.FLOOR_POOL_SIZE ?? 16),
});

interface Claims {
  sub: string;
  tid: string;
  sid: string;
}

const b64json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** The access token's claims, or null when it is not one the service would accept. */
function verify(header: string | undefined): Claims | null {
  if (!header?.startsWith('Bearer ')) return null;
  const [head, body, signature] = header.slice(7).trim().split('.');
  if (!head || !body || !signature) return null;
  try {
    if (b64json(head).alg !== 'HS256') return null;
    const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const c = b64json(body);
    const now = Date.now() / 1000;
    const audiences: unknown[] = Array.isArray(c.aud) ? c.aud : [c.aud];
    if (c.iss !== env.FLOOR_JWT_ISSUER || !audiences.includes(env.FLOOR_JWT_AUDIENCE)) return null;
    if (typeof c.exp !== 'number' || c.exp <= now || typeof c.iat !== 'number') return null;
    if (typeof c.nbf === 'number' && c.nbf > now) return null;
    for (const name of ['sub', 'tid', 'sid']) if (typeof c[name] !== 'string') return null;
    return UUID.test(c.tid) ? { sub: c.sub, tid: c.tid, sid: c.sid } : null;
  } catch {
    return null;
  }
}

const error = (res: ServerResponse, status: number, code: string, message: string) =>
  send(res, status, JSON.stringify({ data: null, errors: [{ message, extensions: { code } }] }));

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function kit(claims: Claims, stageId: string) {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN; SELECT set_config('app.tenant_id', '${claims.tid}', true)`);
    const { rows } = await client.query({
      name: 'floor_kit',
      text: FLOOR_KIT_SQL,
      values: [claims.tid, claims.sub, claims.sid, stageId],
    });
    await client.query('COMMIT');
    return rows[0] as { found: boolean; readable: boolean; body: string | null } | undefined;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (req.method !== 'POST' || req.url !== '/graphql') return error(res, 404, 'NOT_FOUND', 'No.');
  const claims = verify(req.headers.authorization);
  if (!claims) return error(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
  let stageId: unknown;
  try {
    stageId = JSON.parse(Buffer.concat(chunks).toString('utf8')).variables?.id;
  } catch {
    // answered below
  }
  if (typeof stageId !== 'string' || !UUID.test(stageId)) {
    return error(res, 400, 'BAD_USER_INPUT', 'stageId must be a UUID.');
  }
  const row = await kit(claims, stageId);
  if (!row) return error(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
  if (!row.found) return error(res, 200, 'NOT_FOUND', 'Stage not found.');
  if (!row.readable) return error(res, 200, 'FORBIDDEN', 'Not allowed.');
  send(res, 200, row.body!);
}

const server = createServer((req, res) => {
  handle(req, res).catch((e: unknown) => {
    console.error(e);
    if (!res.headersSent) error(res, 500, 'INTERNAL', 'Internal error.');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  serveStats(roundTrips, () => 0, { url: `http://127.0.0.1:${port}/graphql` });
});
