import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UnavailableError } from '../common/errors.js';
import type { AppConfig } from '../config/config.js';
import { formatError } from '../graphql/error-formatter.js';

const RETRY_AFTER_SECONDS = 1;

interface Waiter {
  admit: (admitted: boolean) => void;
  timer: NodeJS.Timeout;
}

/**
 * Load shedding and draining in front of everything that touches the database.
 *
 * At most `maxActive` requests are served at once (each holds a pooled connection for most of
 * its life), at most `maxQueued` wait up to `queueTimeoutMs` for a slot, and any other request
 * is answered 503 UNAVAILABLE with Retry-After at once, instead of queueing in the pool for
 * seconds. Health probes bypass the gate. While draining (shutdown), every new request gets
 * that 503 with `Connection: close`, and every response closes its connection.
 */
export class Admission {
  active = 0;
  /** Every request under way, health probes included: what a shutdown waits for. */
  inFlight = 0;
  draining = false;
  private readonly queue: Waiter[] = [];
  private idle: (() => void)[] = [];

  constructor(
    readonly maxActive: number,
    readonly maxQueued: number,
    readonly queueTimeoutMs: number,
  ) {}

  get queued(): number {
    return this.queue.length;
  }

  /** Resolves true when the request may run, false when it is shed. */
  enter(): boolean | Promise<boolean> {
    if (this.active < this.maxActive) {
      this.active += 1;
      return true;
    }
    if (this.queue.length >= this.maxQueued) return false;
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          this.drop(waiter);
          resolve(false);
        }, this.queueTimeoutMs),
      };
      this.queue.push(waiter);
    });
  }

  leave(): void {
    const next = this.queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit(true); // the slot passes straight to the next waiter
    } else {
      this.active -= 1;
    }
  }

  /** Sheds every waiting request and refuses new ones. */
  startDraining(): void {
    this.draining = true;
    for (const waiter of this.queue.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.admit(false);
    }
  }

  /** True once no request is under way, false if `timeoutMs` passed first. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  started(): void {
    this.inFlight += 1;
  }

  ended(): void {
    this.inFlight -= 1;
    if (this.inFlight === 0) for (const done of this.idle.splice(0)) done();
  }

  private drop(waiter: Waiter): void {
    const at = this.queue.indexOf(waiter);
    if (at >= 0) this.queue.splice(at, 1);
  }
}

const admissions = new WeakMap<object, Admission>();

/** The gate installed on this Fastify instance, if any. */
export function admissionFor(fastify: FastifyInstance): Admission | undefined {
  return admissions.get(fastify);
}

function refuse(req: FastifyRequest, reply: FastifyReply) {
  const error = formatError(new UnavailableError(RETRY_AFTER_SECONDS), req.id, false);
  return reply
    .code(503)
    .header('retry-after', String(RETRY_AFTER_SECONDS))
    .header('content-type', 'application/json; charset=utf-8')
    .send({ data: null, errors: [error] });
}

/** Installs the gate; call before the hooks that touch the database (rate limit...). */
export function installAdmission(app: NestFastifyApplication, config: AppConfig): Admission {
  const fastify = app.getHttpAdapter().getInstance();
  const admission = new Admission(
    config.maxActiveRequests,
    config.MAX_QUEUED_REQUESTS,
    config.QUEUE_TIMEOUT_MS,
  );
  admissions.set(fastify, admission);

  fastify.addHook('onRequest', async (req, reply) => {
    if (req.headers.upgrade?.toLowerCase() === 'websocket') {
      // A subscription socket lives for hours and holds no database connection (each event is
      // read in a short transaction of its own); app.close() closes it. It takes no slot and is
      // not waited for, but a draining server takes no new one.
      if (admission.draining) return refuse(req, reply);
      return;
    }
    admission.started();
    reply.raw.once('close', () => admission.ended());
    const probe = req.url.startsWith('/health/');
    if (admission.draining && !probe) {
      reply.header('connection', 'close');
      return refuse(req, reply);
    }
    if (probe) return;
    const admitted = await admission.enter();
    if (!admitted) return refuse(req, reply);
    if (reply.raw.closed || reply.raw.destroyed) {
      admission.leave(); // the client went away while it waited
      return;
    }
    reply.raw.once('close', () => admission.leave());
  });

  fastify.addHook('onSend', async (_req, reply, payload) => {
    if (admission.draining) reply.header('connection', 'close');
    if (reply.statusCode === 503 && !reply.hasHeader('retry-after')) {
      reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    }
    return payload;
  });
  return admission;
}
