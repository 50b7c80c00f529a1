import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/config.js';
import { admissionFor } from './admission.js';

type Log = (message: string) => void;

/**
 * SIGTERM and SIGINT end the process gracefully, in this order:
 * 1. stop taking work: new requests answer 503 UNAVAILABLE with `Connection: close` (a load
 *    balancer still routing here learns at once), /health/ready answers 503, idle keep-alive
 *    connections are closed at once, and every response from now on closes its connection;
 * 2. wait for the requests under way, at most SHUTDOWN_TIMEOUT_MS (then their connections are cut);
 * 3. Nest's shutdown: the webhook worker (pg-boss) stops, the listener closes, the pool closes,
 *    the embedded PostgreSQL stops;
 * 4. exit 0 (1 if a step failed or everything took far too long).
 * Used instead of Nest's enableShutdownHooks, which re-raises the signal (exit 143) and starts
 * with the workers while requests are still being served.
 */
export function installGracefulShutdown(
  app: NestFastifyApplication,
  config: AppConfig,
  log: Log,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void shutdown(app, config, signal, log).then(
      () => process.exit(0),
      (error: unknown) => {
        log(`shutdown failed: ${(error as Error)?.stack ?? String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function shutdown(
  app: NestFastifyApplication,
  config: AppConfig,
  signal: NodeJS.Signals,
  log: Log,
): Promise<void> {
  const started = performance.now();
  // A last resort if a step hangs (a stuck webhook receiver has WEBHOOK_TIMEOUT_MS of its own).
  setTimeout(
    () => {
      log('shutdown took too long; exiting');
      process.exit(1);
    },
    config.SHUTDOWN_TIMEOUT_MS + config.WEBHOOK_TIMEOUT_MS + 15_000,
  ).unref();
  const fastify = app.getHttpAdapter().getInstance();
  const admission = admissionFor(fastify);
  log(`${signal}: draining ${admission?.inFlight ?? 0} requests in flight`);
  admission?.startDraining();
  fastify.server.closeIdleConnections();
  const drained = (await admission?.whenIdle(config.SHUTDOWN_TIMEOUT_MS)) ?? true;
  if (!drained) {
    log(
      `${admission?.inFlight} requests still in flight after ${config.SHUTDOWN_TIMEOUT_MS} ms; closing their connections`,
    );
    fastify.server.closeAllConnections();
  }
  await app.close();
  log(`shutdown complete in ${Math.round(performance.now() - started)} ms`);
}
