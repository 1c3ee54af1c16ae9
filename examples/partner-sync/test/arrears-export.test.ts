import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createWuyeClient, type WuyeClient } from "@wuye/client";
import { formatMoney, parseMoney, subtractMoney, sumMoney } from "@wuye/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../../packages/api/src/auth/index.ts";
import { DEMO_COMPANY_NAME } from "../../../packages/api/src/seed/index.ts";
import { type DemoApi, startDemoApi } from "../../../packages/api/src/testing/demo-estate.ts";
import { ARREARS_COLUMNS, csvLine } from "../src/arrears.ts";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = join(root, "node_modules", ".bin", "tsx");

let api: DemoApi;
let work: string;
let apiKey: string;
let partner: WuyeClient;
let estateId: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "wuye-partner-sync-"));
  api = await startDemoApi();
  const prisma = api.db.prisma;
  const company = await prisma.company.findFirstOrThrow({ where: { name: DEMO_COMPANY_NAME } });
  const user = await prisma.user.create({
    data: { companyId: company.id, kind: "partner", name: "合作方 账务同步" },
  });
  apiKey = (
    await createApiKey(prisma, {
      companyId: company.id,
      userId: user.id,
      name: "arrears export",
      scopes: ["estates:read", "fees:read"],
    })
  ).key;
  partner = createWuyeClient({ url: api.url, apiKey, retry: false });
  const estates = await partner.estates.list().toArray();
  const sunnyGarden = estates.find((estate) => estate.name === "阳光花园");
  if (!sunnyGarden) throw new Error(`no 阳光花园 among ${estates.map((e) => e.name).join(", ")}`);
  estateId = sunnyGarden.id;
});

afterAll(async () => {
  await api?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs `src/main.ts` as a user would, in a child process. */
function exportCli(args: readonly string[], env: Record<string, string>) {
  return run(tsx, [join(root, "src", "main.ts"), ...args], {
    cwd: root,
    env: { ...process.env, WUYE_API_KEY: "", WUYE_PHONE: "", WUYE_PASSWORD: "", INIT_CWD: work, ...env },
  });
}

function parseCsv(text: string): string[][] {
  // The export quotes no field here (no commas or quotes in the demo's names); keep the test simple.
  return text
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(","));
}

describe("arrears export over several pages", () => {
  it("writes every overdue bill of the estate once, with an exact total", async () => {
    const { stderr } = await exportCli(
      ["--", "--url", api.url, "--estate", estateId, "--out", "arrears.csv", "--page-size", "7"],
      { WUYE_API_KEY: apiKey },
    );
    const [header, ...rows] = parseCsv(readFileSync(join(work, "arrears.csv"), "utf8"));
    expect(header).toEqual([...ARREARS_COLUMNS]);

    // The same bills as the database holds past due and unpaid on the demo's day (2026-11-20).
    const expected = await api.db.prisma.bill.findMany({
      where: {
        estate: { name: "阳光花园" },
        status: { in: ["issued", "partiallyPaid"] },
        dueDate: { lt: new Date("2026-11-20") },
      },
      include: { unit: true },
    });
    expect(expected.length).toBeGreaterThan(7 * 2); // several pages of 7
    expect(rows.map((row) => row[2]).sort()).toEqual(expected.map((bill) => bill.number).sort());
    expect(new Set(rows.map((row) => row[2])).size).toBe(rows.length);

    // Each row: its unit, total as stored, outstanding = total − paid, and really owed.
    const byNumber = new Map(expected.map((bill) => [bill.number, bill]));
    for (const [estate, unit, number, , dueDate, status, total, paid, outstanding] of rows) {
      const bill = byNumber.get(number ?? "");
      expect(estate).toBe("阳光花园");
      expect(unit).toBe(bill?.unit.number);
      expect(status).toBe(bill?.status);
      expect(dueDate).toBe(bill?.dueDate.toISOString().slice(0, 10));
      expect(parseMoney(total ?? "")).toBe(parseMoney(bill?.total.toFixed(2) ?? ""));
      expect(parseMoney(outstanding ?? "")).toBe(
        subtractMoney(parseMoney(total ?? ""), parseMoney(paid ?? "")),
      );
      expect(parseMoney(outstanding ?? "") > 0n).toBe(true);
    }
    const sortedDue = rows.map((row) => row[4] ?? "");
    expect(sortedDue).toEqual([...sortedDue].sort());

    // The total equals the API's own arrears report (R-FEE-8), computed another way.
    const owed = formatMoney(sumMoney(rows.map((row) => parseMoney(row[8] ?? ""))));
    const units = new Set(rows.map((row) => row[1])).size;
    const pages = Math.ceil(rows.length / 7);
    expect(stderr).toContain(
      `${rows.length} overdue bills of ${units} units, ${owed} CNY owed (${pages} pages)`,
    );
    const report = await partner.request<
      { arrearsAging: { total: string; unitCount: number } | null },
      { estateId: string }
    >("query ($estateId: ID!) { arrearsAging(estateId: $estateId) { total unitCount } }", { estateId });
    expect(report.arrearsAging).toEqual({ total: owed, unitCount: units });
  });

  it("works with a staff login instead of a key, to standard output", async () => {
    const { stdout } = await exportCli(["--url", api.url, "--estate", estateId], {
      WUYE_PHONE: "13800000006",
      WUYE_PASSWORD: "wuye-demo-2026",
    });
    expect(stdout.startsWith(csvLine(ARREARS_COLUMNS))).toBe(true);
    expect(stdout.split("\r\n").length).toBeGreaterThan(2);
  });

  it("lists the estates when --estate is missing, and refuses a bad key", async () => {
    const listing = await exportCli(["--url", api.url], { WUYE_API_KEY: apiKey });
    expect(listing.stderr).toContain(estateId);
    expect(listing.stdout).toBe("");
    const refused = exportCli(["--url", api.url, "--estate", estateId], { WUYE_API_KEY: "wyk_nope_nope" });
    await expect(refused).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("AUTH_TOKEN_INVALID"),
    });
  });

  it("quotes fields that hold a comma, a quote or a line break (RFC 4180)", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", "plain"])).toBe(
      '"a,b","say ""hi""","two\nlines",plain\r\n',
    );
  });
});
