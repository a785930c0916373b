// Runs a command for an edge: a refusal becomes the matching HTTP error.
import type { Command } from '../queue/commands.js';
import { isRefusal } from '../queue/commands.js';
import type { DomainEvent } from '../queue/events.js';
import { refusalError } from '../http/errors.js';
import type { QueueEngine } from './queue-engine.js';

export async function runCommand(engine: QueueEngine, cmd: Command): Promise<DomainEvent[]> {
  const result = await engine.execute(cmd);
  if (isRefusal(result)) throw refusalError(result);
  return result;
}
