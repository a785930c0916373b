// The floor for call-to-board latency: a bare socket.io server, alone in its process like the hub,
// that broadcasts the payloads it is poked with (POST /poke {events: [[name, payload], ...]}) to
// every socket. No auth, engine, disk or view building: only the HTTP request and the fan-out.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/poke') return void res.writeHead(404).end();
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const { events } = JSON.parse(Buffer.concat(chunks).toString()) as { events: [string, unknown][] };
    for (const [name, payload] of events) io.emit(name, payload);
    res.writeHead(204).end();
  });
});
// The hub's socket.io options, so the transport behaves the same.
const io = new Server(server, { serveClient: false, maxHttpBufferSize: 16 * 1024, pingInterval: 10_000, pingTimeout: 5_000 });
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`bench-ready http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
