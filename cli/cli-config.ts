// Every subcommand reads the hub's own environment (DATA_DIR, PRINTER, ...) through readConfig, so
// a command run beside the service sees what the service sees.
import { ConfigError, readConfig, type HubConfig } from '../hub/config.js';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function cliConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  try {
    return readConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(`Konfigurasi tidak valid / invalid configuration: ${err.message}`, 2);
    throw err;
  }
}
