#!/usr/bin/env node
// Runs drizzle-orm's own node-postgres migrator on a migrations folder, exactly as an
// application using drizzle-orm would: migrate(drizzle(client), {migrationsFolder, ...}).
// Strata's interoperability tests (DrizzlePeer) call it to check that drizzle-orm and Strata
// agree about what a database has applied.
//
// usage: node migrate.mjs FOLDER URL [--table T] [--schema S]
// exit:  0 done, 1 the migrator failed (its error is printed), 2 bad arguments
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

const USAGE = 'usage: node migrate.mjs FOLDER URL [--table T] [--schema S]';

function parseArgs(argv) {
  const positional = [];
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--table' || arg === '--schema') {
      if (i + 1 >= argv.length) {
        throw new Error(`${arg} needs a value`);
      }
      options[arg.slice(2)] = argv[++i];
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) {
    throw new Error('expected FOLDER and URL');
  }
  return { folder: positional[0], url: positional[1], ...options };
}

function describe(error) {
  // drizzle wraps the driver's error (DrizzleQueryError: "Failed query: ..."), keep both.
  const parts = [];
  for (let e = error; e; e = e.cause) {
    parts.push(e.stack || String(e));
    if (e.code) {
      parts.push(`SQLSTATE ${e.code}`);
    }
  }
  return parts.join('\ncaused by: ');
}

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}

const client = new pg.Client({ connectionString: args.url });
let failed = false;
try {
  await client.connect();
  const config = { migrationsFolder: args.folder };
  if (args.table !== undefined) config.migrationsTable = args.table;
  if (args.schema !== undefined) config.migrationsSchema = args.schema;
  await migrate(drizzle(client), config);
  console.log(`drizzle-orm migrator finished: ${args.folder}`);
} catch (e) {
  failed = true;
  console.error(`drizzle-orm migrator failed: ${describe(e)}`);
} finally {
  await client.end().catch(() => {});
}
process.exit(failed ? 1 : 0);
