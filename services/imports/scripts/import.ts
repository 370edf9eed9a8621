// `npm run import -- --format … file…`: imports documents through the gateway's importDocument.
import { runImportCli } from '../src/cli/import-cli';

runImportCli(process.argv.slice(2), process.env, (line) => console.log(line)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
