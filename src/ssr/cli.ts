/** The `haven-render` command (package.json `bin`); what it does: src/ssr/render-file.ts. */
import { main } from './render-file.js';

process.exitCode = main(process.argv.slice(2));
