// Runs a command for an HTTP edge: a refusal becomes the matching HTTP error.
import type { Command } from '../queue/commands.js';
import { isRefusal } from '../queue/commands.js';
import type { DomainEvent } from '../queue/events.js';
import type { QueueEngine } from '../engine/queue-engine.js';
import { refusalError } from './errors.js';

export async function runCommand(engine: QueueEngine, cmd: Command): Promise<DomainEvent[]> {
  const result = await engine.execute(cmd);
  if (isRefusal(result)) throw refusalError(result);
  return result;
}
