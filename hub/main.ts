// `npm start` / `npm run hub`: the hub from the environment (see run-hub.ts, shared with `giliran start`).
import { runHub } from './run-hub.js';

await runHub();
