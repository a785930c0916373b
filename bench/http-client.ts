// A lean keep-alive HTTP client for load: node:http with a fixed pool of sockets, so the load
// generator costs little CPU next to the hub (the tests' fetch helper is fine for set-up calls).
import http from 'node:http';

export interface Reply<T> {
  status: number;
  body: T;
}

export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly base: string,
    sockets: number,
    private readonly timeoutMs = 30_000,
  ) {
    // Idle sockets are closed well before the server's 5 s keep-alive timeout: reusing one the
    // server is closing at that moment fails with ECONNRESET (idle gaps happen between rounds).
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, timeout: 2000 });
  }

  post<T = any>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const payload = body === undefined ? '' : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        this.base + path,
        { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              /* not JSON */
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as T });
          });
          res.on('error', reject);
        },
      );
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`POST ${path}: no answer in ${this.timeoutMs / 1000} s`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
