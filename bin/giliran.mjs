#!/usr/bin/env node
// The `giliran` command. Plain JS so it runs before anything is compiled: registers tsx's ESM
// loader, then runs the TypeScript CLI (cli/main.ts).
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
