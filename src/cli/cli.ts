import { processIo } from './io.js';
import { main } from './main.js';

// The bin entry: everything else is in main.ts so tests can run the CLI in-process.
process.exitCode = main(process.argv.slice(2), processIo);
