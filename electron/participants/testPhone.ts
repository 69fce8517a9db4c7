/**
 * A simulated phone for tests and the bench: a real WebSocket client on 127.0.0.1 that keeps
 * every message the service sends and waits for the next one of a kind.
 */
import { WebSocket } from 'ws';
import type { ServiceMessage } from '../../shared/participants/phoneMessages';

export class TestPhone {
  readonly received: ServiceMessage[] = [];
  private waiters: { type: string; resolve(m: ServiceMessage): void; from: number }[] = [];
  closed: Promise<number>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServiceMessage;
      this.received.push(message);
      this.waiters = this.waiters.filter((w) => {
        if (w.type !== message.type) return true;
        w.resolve(message);
        return false;
      });
    });
    this.closed = new Promise((resolve) => ws.on('close', (code) => resolve(code)));
  }

  static open(url: string): Promise<TestPhone> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const phone = new TestPhone(ws);
      ws.once('open', () => resolve(phone));
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  /** The next message of this type not yet taken (earlier ones count too). */
  next<T extends ServiceMessage['type']>(type: T, timeoutMs = 5_000): Promise<Extract<ServiceMessage, { type: T }>> {
    const index = this.received.findIndex((m, i) => m.type === type && !this.taken.has(i));
    if (index >= 0) {
      this.taken.add(index);
      return Promise.resolve(this.received[index] as Extract<ServiceMessage, { type: T }>);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} message`)), timeoutMs);
      this.waiters.push({
        type,
        from: this.received.length,
        resolve: (m) => {
          clearTimeout(timer);
          this.taken.add(this.received.length - 1);
          resolve(m as Extract<ServiceMessage, { type: T }>);
        },
      });
    });
  }

  private readonly taken = new Set<number>();

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  close(): void {
    this.ws.close();
  }
}
