import { databaseOptionsFromEnv, defaultDataDir, openDatabase } from "./db/index.ts";
import { createDemoPartnerKey } from "./seed/demo-partner-key.ts";
import { seedDemoEstate } from "./seed/index.ts";
import { createWuyeServer } from "./server/create-server.ts";

/**
 * `pnpm start`: opens the embedded database (or `DATABASE_URL`), applies migrations, seeds the
 * demo estate on first start (outside production; `WUYE_DEMO=false` skips it), and serves
 * `/graphql` and `/health` on `PORT` (default 4000).
 */
async function main(): Promise<void> {
  const options = databaseOptionsFromEnv();
  const database = await openDatabase({ ...options, migrate: true });
  const production = process.env.NODE_ENV === "production";
  const server = createWuyeServer({
    database,
    ...(options.url ? {} : { dataDir: options.dataDir ?? defaultDataDir }),
    ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
    complaintEscalationIntervalMs: Number(process.env.WUYE_COMPLAINT_SWEEP_MINUTES ?? 15) * 60_000,
  });
  const demo = !production && process.env.WUYE_DEMO !== "false" ? await seedDemoEstate(database) : undefined;
  const apiKey = demo?.created ? await createDemoPartnerKey(database.prisma, demo.companyId) : undefined;
  const port = Number(process.env.PORT ?? 4000);
  const { url } = await server.listen(port, process.env.HOST ?? "127.0.0.1");
  console.log(`Wuye API on ${url} (${database.mode} database)${production ? "" : ", GraphiQL in a browser"}`);
  console.log(`Health: ${url.replace(/graphql$/, "health")}`);
  if (demo) {
    const estates = demo.estates.map((estate) => `${estate.name} (${estate.units} units)`).join(", ");
    console.log(
      `\nDemo estate: ${estates}${demo.created ? `, seeded in ${Math.round(demo.durationMs)} ms` : ""}`,
    );
    console.log("Demo logins (mutation authLogin(input: { phone, password })):");
    console.table(demo.logins.map(({ role, name, phone, password }) => ({ role, name, phone, password })));
    if (apiKey) console.log(`Demo partner API key (shown once): ${apiKey}`);
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
