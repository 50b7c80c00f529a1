import { Injectable } from '@nestjs/common';

/**
 * Start-up work that must be done before the service reports ready: while the demo data is
 * being seeded, a sign-in as a demo user would be refused, so /health/ready answers 503 until
 * then (the server already listens, and /health/live answers).
 */
@Injectable()
export class Readiness {
  private readonly pending = new Map<symbol, string>();

  /** Marks `task` as under way; call the returned function once it is done. */
  hold(task: string): () => void {
    const key = Symbol(task);
    this.pending.set(key, task);
    return () => {
      this.pending.delete(key);
    };
  }

  /** The tasks still under way, by name. */
  waitingFor(): string[] {
    return [...this.pending.values()];
  }
}
