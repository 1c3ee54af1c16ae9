import type { StaffRole } from "../generated/prisma/enums.ts";

/**
 * The one documented password of every demo login. The demo estate is for trying Wuye out:
 * never seed it into a database that real people use.
 */
export const DEMO_PASSWORD = "wuye-demo-2026";

/** Who a demo login is: a staff role, or the demo owner 业主 or tenant 租户. */
export type DemoLoginRole = StaffRole | "owner" | "tenant";

/** A demo login, printed by `pnpm start` and `pnpm db:seed`. */
export interface DemoLogin {
  readonly role: DemoLoginRole;
  /** The login name: a mobile number. */
  readonly phone: string;
  readonly password: string;
  readonly name: string;
  /** What the login is for, in a few words. */
  readonly note: string;
}

/**
 * One login per staff role (each works in both demo estates), plus an owner and a tenant of
 * Sunny Garden. Phone numbers are in the 1380000xxxx block, which the seed's made-up residents
 * never use.
 */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { role: "manager", phone: "13800000001", name: "陈志远", note: "project manager 项目经理" },
  { role: "customer_service", phone: "13800000002", name: "林晓雪", note: "customer-service desk 客服中心" },
  {
    role: "engineering",
    phone: "13800000003",
    name: "周建国",
    note: "engineering 工程部 (plumbing, electrical)",
  },
  { role: "security", phone: "13800000004", name: "马勇", note: "security 秩序维护部" },
  { role: "cashier", phone: "13800000005", name: "许丽娟", note: "cashier 收银员" },
  { role: "finance", phone: "13800000006", name: "邓佳琪", note: "finance 财务" },
  { role: "archivist", phone: "13800000007", name: "袁文博", note: "archivist 档案管理员" },
  {
    role: "owner",
    phone: "13800000008",
    name: "王芳",
    note: "owner of a Sunny Garden flat and its parking space; November's bills and a vote are open",
  },
  { role: "tenant", phone: "13800000009", name: "赵敏", note: "tenant of a Sunny Garden flat" },
].map((login) => ({ ...login, role: login.role as DemoLoginRole, password: DEMO_PASSWORD }));
