// Prisma CLI configuration (Prisma 7). Paths are relative to this file. The CLI lives in
// @wuye/api, whose scripts pass `--config ../../prisma/prisma.config.ts`; this file imports
// nothing so that it loads from the repository root too.
//
// `datasource.url` matters only to CLI commands that talk to a database (`prisma migrate status`
// against PostgreSQL); the application connects through driver adapters (packages/api/src/db).
export default {
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/wuye" },
};
