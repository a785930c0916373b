// The floor for issue throughput: a bare express endpoint, alone in its process like the hub, that
// appends one JSON line per request to a file opened once and fdatasyncs before it answers 201:
// one fsync per request, no group commit, no engine, no validation beyond JSON parsing.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import express from 'express';

const dir = process.env.DATA_DIR!;
const fd = await open(join(dir, 'floor.jsonl'), 'a', 0o600);
let seq = 0;
const app = express();
app.use(express.json({ limit: '64kb' }));
app.post('/api/tickets', async (req, res) => {
  const line = JSON.stringify({ type: 'ticket.issued', seq: ++seq, at: new Date().toISOString(), service: req.body?.service ?? null, key: req.get('idempotency-key') ?? null }) + '\n';
  await fd.write(line);
  await fd.datasync();
  res.status(201).json({ id: String(seq), number: `A-${String(seq).padStart(3, '0')}`, service: req.body?.service });
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`bench-ready http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => void fd.close().finally(() => process.exit(0))));
