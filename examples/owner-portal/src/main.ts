/**
 * The owner portal 业主服务: a plain TypeScript page on the Wuye SDK. The owner logs in, sees
 * their bills and pays one (idempotently), files a complaint, and watches its status change live
 * while the customer-service desk 客服 handles it.
 */
import {
  type Bill,
  type Complaint,
  createWuyeClient,
  type WuyeClient,
  WuyeError,
  type WuyeLogEvent,
} from "@wuye/client";
import { pendingPaymentKey, settledPayment } from "./pending-payments.ts";
import { billRow, complaintRow, statusLabel } from "./rows.ts";

const $ = <T extends Element>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`missing ${selector}`);
  return element;
};

const loginForm = $<HTMLFormElement>("#login");
const portal = $<HTMLElement>("#portal");
const who = $<HTMLElement>("#who");
const billsBody = $<HTMLTableSectionElement>("#bills tbody");
const complaintForm = $<HTMLFormElement>("#complaint");
const complaintsBody = $<HTMLTableSectionElement>("#complaints tbody");
const live = $<HTMLElement>("#live");
const message = $<HTMLElement>("#message");

/** The page and the API share an origin: Vite proxies `/graphql` to the API (see vite.config.ts). */
const client: WuyeClient = createWuyeClient({
  url: new URL("/graphql", window.location.href).href,
  logger: onClientEvent,
});

function say(text: string, kind: "info" | "error" = "info"): void {
  message.textContent = text;
  message.dataset.kind = kind;
}

/** Shows what went wrong in both languages; every `WuyeError` has a code and a request id. */
function sayError(error: unknown): void {
  if (error instanceof WuyeError) say(`${error.messageZh ?? ""} ${error.message} (${error.code})`, "error");
  else say(String(error), "error");
}

function onClientEvent(event: WuyeLogEvent): void {
  if (event.type !== "subscription") return;
  const connected = event.state === "connected";
  live.dataset.state = connected ? "connected" : "connecting";
  live.textContent = connected ? "实时 live" : "连接中 connecting";
  // Events published while the stream was down are not replayed: reload what we show.
  if (connected && reconnecting) void loadComplaints().catch(sayError);
  reconnecting = event.state === "reconnecting";
}
let reconnecting = false;

loginForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const form = new FormData(loginForm);
  void logIn(String(form.get("phone")), String(form.get("password"))).catch(sayError);
});

async function logIn(phone: string, password: string): Promise<void> {
  say("");
  const result = await client.auth.login({ phone, password });
  if (!result.ok) return say(`${result.error.messageZh} ${result.error.message}`, "error");
  const viewer = await client.auth.viewer();
  who.hidden = false;
  who.textContent = `${viewer?.name ?? ""} · ${(viewer?.units ?? []).map((u) => u.number).join(", ")}`;
  const units = $<HTMLSelectElement>("#complaint select");
  units.replaceChildren(...(viewer?.units ?? []).map((unit) => new Option(`${unit.number}`, unit.id)));
  loginForm.hidden = true;
  portal.hidden = false;
  await Promise.all([loadBills(), loadComplaints()]);
  void followComplaints();
}

// ── bills ──

async function loadBills(): Promise<void> {
  const rows: HTMLTableRowElement[] = [];
  // Every bill of the owner's units, newest month first, one request per page of 50.
  for await (const bill of client.bills.list()) rows.push(billRow(bill, payBill));
  billsBody.replaceChildren(...rows);
}

async function payBill(bill: Bill, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  say("");
  // The key is kept with the pending payment until the API has answered, so a retry after a lost
  // answer (or a reload) sends the same key and the API takes the money once.
  const idempotencyKey = pendingPaymentKey(bill.id);
  try {
    const result = await client.bills.pay({ billId: bill.id, method: "online", idempotencyKey });
    if (!result.ok) {
      say(`${result.error.messageZh} ${result.error.message}`, "error");
      if (result.error.__typename !== "ConflictError") settledPayment(bill.id);
      button.disabled = false;
      return;
    }
    settledPayment(bill.id);
    for (const paid of result.data.bills ?? []) {
      document.querySelector(`tr[data-bill="${CSS.escape(paid.id)}"]`)?.replaceWith(billRow(paid, payBill));
    }
    say(`已支付 Paid ${result.data.payment?.amount ?? ""}`);
  } catch (error) {
    button.disabled = false;
    sayError(error);
  }
}

// ── complaints ──

async function loadComplaints(): Promise<void> {
  const page = await client.complaints.list({ pageSize: 20 }).firstPage();
  complaintsBody.replaceChildren(...page.items.map(complaintRow));
}

complaintForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const form = new FormData(complaintForm);
  void fileComplaint(String(form.get("unitId")), String(form.get("content"))).catch(sayError);
});

async function fileComplaint(unitId: string, content: string): Promise<void> {
  say("");
  const result = await client.complaints.file({ unitId, content });
  if (!result.ok) return say(`${result.error.messageZh} ${result.error.message}`, "error");
  const complaint = result.data.complaint;
  if (complaint) showComplaint(complaint);
  complaintForm.reset();
  say(`已受理 Received: ${complaint?.number ?? ""}`);
}

function showComplaint(complaint: Complaint): void {
  const row = complaintRow(complaint);
  const existing = complaintsBody.querySelector(`tr[data-complaint="${CSS.escape(complaint.id)}"]`);
  if (existing) existing.replaceWith(row);
  else complaintsBody.prepend(row);
}

/** Every status change of the owner's complaints, pushed by the API over Server-Sent Events. */
async function followComplaints(): Promise<void> {
  try {
    for await (const change of client.complaints.onStatusChanged()) {
      if (!change.complaint) continue;
      showComplaint(change.complaint);
      const row = complaintsBody.querySelector(`tr[data-complaint="${CSS.escape(change.complaint.id)}"]`);
      row?.classList.add("changed");
      say(`${change.complaint.number}: ${statusLabel(change.fromState)} → ${statusLabel(change.toState)}`);
    }
  } catch (error) {
    live.dataset.state = "closed";
    sayError(error);
  }
}
