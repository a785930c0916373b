// giliran start: the same hub as `npm start` (hub/run-hub.ts), from the same environment.
import { runHub } from '../../hub/run-hub.js';

export async function startCommand(): Promise<void> {
  await runHub(process.env);
}
