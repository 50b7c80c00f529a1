import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { withDatabase } from '../src/database/data-source-options.js';
import { COUNT_CANDIDATES, recruiterToken } from './helpers/fault-tenant.js';
import { codeOfAnswer, post, startListeningApp, type RunningApp } from './helpers/faults.js';
import { createTestDatabase, dropTestDatabase, testServerUrl } from './helpers/server.js';

const REQUEST_TIMEOUT_MS = 2_000;
const HEADERS_TIMEOUT_MS = 1_000;
const POOL_SIZE = 4;

/** Sends `head` then one byte every 200 ms; resolves with when and how the server ended it. */
function trickle(port: number, head: string, bytes: string) {
  return new Promise<{ ms: number; answer: string }>((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, answer });
    });
    socket.on('connect', () => {
      socket.write(head);
      let sent = 0;
      timer = setInterval(() => {
        if (socket.destroyed) return;
        socket.write(bytes[sent % bytes.length]);
        sent += 1;
        // Never more than 15 s of trickling, whatever happens.
        if (sent > 75) socket.destroy();
      }, 200);
    });
  });
}

describe('timeouts', () => {
  let svc: RunningApp;
  let database: string;
  let ownerUrl: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    ownerUrl = withDatabase(testServerUrl(), database);
    svc = await startListeningApp(ownerUrl, {
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: '4000',
      DATABASE_LOCK_TIMEOUT_MS: '500',
      DATABASE_POOL_SIZE: String(POOL_SIZE),
    });
  }, 30_000);
  afterAll(async () => {
    await svc?.close();
    await dropTestDatabase(database);
  });

  it('cuts a client trickling its body, and one trickling its headers, after the configured time', async () => {
    const port = Number(new URL(svc.base).port);
    const [body, headers] = await Promise.all([
      trickle(
        port,
        'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          'Content-Length: 4000\r\n\r\n{"query":"',
        'xxxxxxxxxx',
      ),
      trickle(port, 'GET /health/live HTTP/1.1\r\n', 'X-Slow: 1\r\n'),
    ]);
    expect(body.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(body.ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    // Node checks the timeouts every quarter of the request timeout, here 500 ms.
    expect(body.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000);
    expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.ms).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100);
    expect(headers.ms).toBeLessThan(HEADERS_TIMEOUT_MS + 3_000);
    process.stdout.write(
      `timeouts: body trickle cut after ${Math.round(body.ms)} ms (limit ${REQUEST_TIMEOUT_MS}), ` +
        `header trickle after ${Math.round(headers.ms)} ms (limit ${HEADERS_TIMEOUT_MS})\n`,
    );
  });

  it('lets members trickling their bodies hold no database connection: others are served meanwhile', async () => {
    const token = await recruiterToken(svc.app, svc.base, 'trickle');
    const port = Number(new URL(svc.base).port);
    // More slow members than the pool has connections (admission lets twice as many in).
    const slow = Array.from({ length: POOL_SIZE + 1 }, () =>
      trickle(
        port,
        'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          `Authorization: Bearer ${token}\r\nContent-Length: 4000\r\n\r\n{"query":"`,
        'xxxxxxxxxx',
      ).then((ended) => ({ ...ended, at: performance.now() })),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answer = await post(svc.base, COUNT_CANDIDATES, {}, token);
    const answeredAt = performance.now();
    const ended = await Promise.all(slow);
    expect(answer.status).toBe(200);
    for (const { answer: cut, at } of ended) {
      expect(cut).toMatch(/^HTTP\/1\.1 408/);
      // Served while every slow body was still arriving, not when the first was cut.
      expect(answeredAt).toBeLessThan(at);
    }
  });

  it("sets PostgreSQL's statement_timeout and lock_timeout on the service's connections", async () => {
    const [statement] = await svc.app.get(DataSource).query('SHOW statement_timeout');
    const [lock] = await svc.app.get(DataSource).query('SHOW lock_timeout');
    expect(statement.statement_timeout).toBe('4s');
    expect(lock.lock_timeout).toBe('500ms');
  });

  it('answers 503 UNAVAILABLE when a lock is not granted within the lock timeout', async () => {
    const token = await recruiterToken(svc.app, svc.base, 'locks');
    const locker = new Client({ connectionString: ownerUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE rate_limits IN ACCESS EXCLUSIVE MODE');
      const answer = await post(svc.base, COUNT_CANDIDATES, {}, token);
      expect(answer.status).toBe(503);
      expect(codeOfAnswer(answer)).toBe('UNAVAILABLE');
      expect(answer.headers?.get('retry-after')).toBe('1');
      expect(answer.ms).toBeLessThan(3_000);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await post(svc.base, COUNT_CANDIDATES, {}, token)).status).toBe(200);
  });
});
