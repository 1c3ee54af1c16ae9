/**
 * `pnpm --filter @wuye/example-partner-sync start -- --estate <id> --out arrears.csv`
 *
 * Exports an estate's arrears to CSV as a partner would: with an API key (`WUYE_API_KEY`, scope
 * `fees:read`) or, without one, a staff login (`WUYE_PHONE`, `WUYE_PASSWORD`). Without
 * `--estate` it lists the estates the credentials can see.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createWuyeClient, WuyeError } from "@wuye/client";
import { exportArrears } from "./arrears.ts";

const USAGE = `Usage: pnpm --filter @wuye/example-partner-sync start -- --estate <id> [--out arrears.csv]
  --estate <id>      the estate's global id (omit it to list the estates you can see)
  --out <file>       where to write the CSV (default: standard output)
  --url <url>        the API (default: $WUYE_API_URL or http://127.0.0.1:4000/graphql)
  --page-size <n>    bills per request, 1-100 (default 100)
Credentials: WUYE_API_KEY (a partner key with fees:read), or WUYE_PHONE and WUYE_PASSWORD.`;

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    // `pnpm start -- --estate …` may pass the `--` along.
    args: argv[0] === "--" ? argv.slice(1) : [...argv],
    options: {
      estate: { type: "string" },
      out: { type: "string" },
      url: { type: "string" },
      "page-size": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const url = values.url ?? process.env.WUYE_API_URL ?? "http://127.0.0.1:4000/graphql";
  const apiKey = process.env.WUYE_API_KEY;
  const client = createWuyeClient({ url, ...(apiKey ? { apiKey } : {}) });
  if (!apiKey) {
    const phone = process.env.WUYE_PHONE;
    const password = process.env.WUYE_PASSWORD;
    if (!phone || !password) {
      console.error(`No credentials.\n${USAGE}`);
      return 2;
    }
    const login = await client.auth.login({ phone, password });
    if (!login.ok) {
      console.error(`Login refused: ${login.error.message} ${login.error.messageZh}`);
      return 1;
    }
  }

  // Without --estate the script answers "what may I export?": a first step, not a mistake.
  if (!values.estate) {
    console.error("Estates you can see (export one with --estate <id>):");
    for await (const estate of client.estates.list()) console.error(`  ${estate.id}  ${estate.name}`);
    return 0;
  }
  const pageSize = Number(values["page-size"] ?? 100);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    console.error(`--page-size must be a whole number from 1 to 100 (got ${values["page-size"]})`);
    return 2;
  }

  // pnpm runs the script in this package's folder; a relative --out is where the user typed it.
  const outPath = values.out ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : undefined;
  const out = outPath ? createWriteStream(outPath) : process.stdout;
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  const summary = await exportArrears(client, { estateId: values.estate, pageSize }, write);
  if (outPath) {
    out.end();
    await once(out, "finish");
  }
  console.error(
    `${summary.bills} overdue bills of ${summary.units} units, ${summary.outstanding} CNY owed ` +
      `(${summary.pages} page${summary.pages === 1 ? "" : "s"})${outPath ? ` → ${outPath}` : ""}`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof WuyeError) {
      console.error(
        `${error.code}: ${error.message} ${error.messageZh ?? ""} (request ${error.requestId ?? "?"})`,
      );
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
