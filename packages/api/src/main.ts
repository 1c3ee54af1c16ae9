import { databaseOptionsFromEnv, defaultDataDir, openDatabase } from "./db/index.ts";
import { ensureDevLogins } from "./seed/dev-logins.ts";
import { createWuyeServer } from "./server/create-server.ts";

/**
 * `pnpm start`: opens the embedded database (or `DATABASE_URL`), applies migrations, adds the
 * demo estate with one login per role (outside production), and serves `/graphql` and `/health`
 * on `PORT` (default 4000).
 */
async function main(): Promise<void> {
  const options = databaseOptionsFromEnv();
  const database = await openDatabase({ ...options, migrate: true });
  const production = process.env.NODE_ENV === "production";
  const server = createWuyeServer({
    database,
    ...(options.url ? {} : { dataDir: options.dataDir ?? defaultDataDir }),
    ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  });
  const demo = !production && process.env.WUYE_DEMO !== "false" ? await ensureDevLogins(database) : undefined;
  const port = Number(process.env.PORT ?? 4000);
  const { url } = await server.listen(port, process.env.HOST ?? "127.0.0.1");
  console.log(`Wuye API on ${url} (${database.mode} database)${production ? "" : ", GraphiQL in a browser"}`);
  console.log(`Health: ${url.replace(/graphql$/, "health")}`);
  if (demo) {
    console.log("\nDemo logins (mutation authLogin(input: { phone, password })):");
    console.table(demo.logins.map(({ role, name, phone, password }) => ({ role, name, phone, password })));
    if (demo.apiKey) console.log(`Demo partner API key (shown once): ${demo.apiKey}`);
  }

  const stop = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
