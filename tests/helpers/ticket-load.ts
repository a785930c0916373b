// Clients taking tickets through a changing set of hubs, as kiosks would: each ticket has its own
// Idempotency-Key and is retried (same key, next hub) until a hub acknowledges it. Records every
// acknowledged ticket, and every answer that was not one (status and error code).
export interface Acked {
  key: string;
  id: string;
  number: string;
  service: string;
}

export class TicketLoad {
  readonly acked: Acked[] = [];
  readonly failures: { status: number; code: string; message: string }[] = [];
  private running = true;
  private readonly done: Promise<void>;

  constructor(
    private readonly hubs: () => string[],
    clients: number,
    private readonly services: string[] = ['pendaftaran', 'barang'],
    private readonly pauseMs = 20,
    /** A kiosk gives a hub this long before it tries the next one. */
    private readonly timeoutMs = 12_000,
  ) {
    this.done = Promise.all(Array.from({ length: clients }, (_, i) => this.client(i))).then(() => {});
  }

  private async client(n: number): Promise<void> {
    for (let i = 0; this.running; i++) {
      const key = `load-${n}-${i}-${Math.random().toString(36).slice(2, 10)}`;
      const service = this.services[(n + i) % this.services.length];
      for (let attempt = 0; this.running; attempt++) {
        const urls = this.hubs();
        const url = urls[(n + attempt) % urls.length];
        try {
          const res = await fetch(`${url}/api/tickets`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify({ service }),
            signal: AbortSignal.timeout(this.timeoutMs),
          });
          const body = (await res.json().catch(() => ({}))) as { id?: string; number?: string; error?: { code: string; message: string } };
          if (res.status === 201 && body.id && body.number) {
            this.acked.push({ key, id: body.id, number: body.number, service });
            break;
          }
          this.failures.push({ status: res.status, code: body.error?.code ?? '', message: body.error?.message ?? '' });
        } catch (err) {
          this.failures.push({ status: 0, code: 'network', message: (err as Error).message });
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, this.pauseMs));
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
  }
}
