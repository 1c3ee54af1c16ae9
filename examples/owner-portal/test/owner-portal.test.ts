import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createWuyeClient, unwrap, type WuyeClient } from "@wuye/client";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoApi, startDemoApi } from "../../../packages/api/src/testing/demo-estate.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const screenshot = join(root, "test", "output", "owner-portal.png");
const PASSWORD = "wuye-demo-2026";
/** The seed's demo logins (packages/api/src/seed/demo-logins.ts). */
const OWNER = "13800000008";
const MANAGER = "13800000001";
const CUSTOMER_SERVICE = "13800000002";

/** Debian's Chromium (`apt-get install chromium`); playwright-core downloads no browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let api: DemoApi;
let site: PreviewServer;
let siteUrl: string;
let browser: BrowserContext;
let page: Page;
let work: string;

async function staffClient(phone: string): Promise<WuyeClient> {
  const client = createWuyeClient({ url: api.url, retry: false });
  unwrap(await client.auth.login({ phone, password: PASSWORD }));
  return client;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "wuye-owner-portal-"));
  api = await startDemoApi();
  // The page as it ships: a production build, served by `vite preview` with /graphql proxied.
  const outDir = join(work, "dist");
  const configFile = join(root, "vite.config.ts");
  await build({ root, configFile, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const proxy = { "/graphql": { target: api.origin, changeOrigin: true } };
  site = await preview({
    root,
    configFile,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, proxy },
  });
  const address = site.httpServer.address();
  if (!address || typeof address === "string") throw new Error("vite preview is not listening");
  siteUrl = `http://127.0.0.1:${address.port}/`;
  // A persistent context is how Playwright takes a fresh --user-data-dir.
  browser = await chromium.launchPersistentContext(join(work, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1100, height: 900 },
  });
  page = browser.pages()[0] ?? (await browser.newPage());
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (site ? site.httpServer.close(() => resolve()) : resolve()));
  await api?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("owner portal, end to end in Chromium against the real API", () => {
  it("logs in, pays a bill once, files a complaint and sees staff move it live", async () => {
    await page.goto(siteUrl);
    await page.fill('#login input[name="phone"]', OWNER);
    await page.fill('#login input[name="password"]', PASSWORD);
    await page.click('#login button[type="submit"]');

    // The owner's bills: twelve months of two units (a flat and a parking space).
    await page.waitForSelector("#bills tbody tr");
    expect(await page.textContent("#who")).toContain("王芳");
    expect(await page.isVisible("#login")).toBe(false);
    const unpaid = page.locator("#bills tbody tr[data-status='issued']").first();
    const billId = await unpaid.getAttribute("data-bill");
    expect(billId).toBeTruthy();
    const owed = await unpaid.locator("td.money").nth(1).textContent();

    // A marker on the window: if the page reloaded, it would be gone.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    await unpaid.locator("button").click();
    const paidRow = page.locator(`#bills tbody tr[data-bill="${billId}"]`);
    await paidRow.and(page.locator("[data-status='paid']")).waitFor();
    expect(await page.textContent("#message")).toContain(`已支付 Paid ${owed}`);
    expect(await paidRow.locator("button").count()).toBe(0);

    // Exactly one online payment was taken for that bill.
    const cashier = await staffClient(MANAGER);
    const bill = await cashier.bills.get(billId ?? "");
    expect(bill?.status).toBe("paid");
    expect(bill?.outstanding).toMatch(/^0(\.0+)?$/);

    // File a complaint; it appears as received.
    await page.locator("#live[data-state='connected']").waitFor();
    const content = "楼上漏水到我家卫生间 Water leaking from upstairs into my bathroom";
    await page.fill('#complaint textarea[name="content"]', content);
    await page.click('#complaint button[type="submit"]');
    const row = page.locator("#complaints tbody tr", { hasText: "Water leaking from upstairs" });
    await row.and(page.locator("[data-status='received']")).waitFor();
    const complaintId = (await row.getAttribute("data-complaint")) ?? "";
    expect(complaintId).not.toBe("");

    // The desk handles it through the API: the manager classifies, customer service assigns.
    const manager = cashier;
    const classified = unwrap(
      await manager.complaints.classify({ complaintId, facts: { seriouslyAffectsUse: true } }),
    );
    expect(classified.complaint?.status).toBe("classified");
    await row.and(page.locator("[data-status='classified']")).waitFor();

    const desk = await staffClient(CUSTOMER_SERVICE);
    unwrap(await desk.complaints.assign({ complaintId, department: "engineering" }));
    await row.and(page.locator("[data-status='assigned']")).waitFor();
    expect(await row.locator("td.status").textContent()).toBe("已派单 assigned");
    expect(await row.locator("td").nth(3).textContent()).toBe("engineering");
    expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);

    mkdirSync(join(root, "test", "output"), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
  });
});
