import { type ApiScope, createApiKey } from "../auth/index.ts";
import type { WuyeDb } from "../db/index.ts";

/** What the demo partner may do: read everything a partner reads, file complaints. */
const DEMO_PARTNER_SCOPES: readonly ApiScope[] = [
  "estates:read",
  "units:read",
  "complaints:read",
  "complaints:write",
  "repairs:read",
  "fees:read",
];

/**
 * A partner API key for the demo company, made when the demo estate is first seeded: keys are
 * stored hashed, so the key is shown once, by `pnpm start`.
 */
export async function createDemoPartnerKey(prisma: WuyeDb, companyId: string): Promise<string> {
  const partner = await prisma.user.create({ data: { companyId, kind: "partner", name: "合作方 演示应用" } });
  const created = await createApiKey(prisma, {
    companyId,
    userId: partner.id,
    name: "demo partner",
    scopes: [...DEMO_PARTNER_SCOPES],
  });
  return created.key;
}
