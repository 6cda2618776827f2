import { EXIT } from './cli-error.js';
import { processIo } from './io.js';
import { main } from './main.js';

// The `treatywatch` program: main() on the real process's arguments, environment, input and output.

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
  throw e;
});
process.exitCode = await main(process.argv.slice(2), processIo());
