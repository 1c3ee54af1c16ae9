import type { Bill, Complaint, ComplaintStatus } from "@wuye/client";

const STATUS_ZH: Record<ComplaintStatus, string> = {
  received: "已受理",
  classified: "已分级",
  assigned: "已派单",
  handled: "已处理",
  replied: "已答复",
  reportedBack: "已回报",
  approved: "已审核",
  returnVisited: "已回访",
  closed: "已关闭",
  invalid: "无效",
};

const BILL_STATUS_ZH: Record<Bill["status"], string> = {
  issued: "待缴",
  partiallyPaid: "部分已缴",
  paid: "已缴清",
  cancelled: "已作废",
};

/** "已派单 assigned": the Chinese a resident reads, and the API's own word. */
export function statusLabel(status: ComplaintStatus): string {
  return `${STATUS_ZH[status]} ${status}`;
}

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/** One bill; a bill with money still owed gets a pay button. Money stays an exact string ("206.80"). */
export function billRow(
  bill: Bill,
  pay: (bill: Bill, button: HTMLButtonElement) => void,
): HTMLTableRowElement {
  const row = document.createElement("tr");
  row.dataset.bill = bill.id;
  row.dataset.status = bill.status;
  const status = cell(`${BILL_STATUS_ZH[bill.status]}${bill.overdue ? " · 逾期 overdue" : ""}`, "status");
  const action = document.createElement("td");
  if (bill.status !== "cancelled" && !/^0(\.0+)?$/.test(bill.outstanding)) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `支付 Pay ¥${bill.outstanding}`;
    button.addEventListener("click", () => pay(bill, button));
    action.append(button);
  }
  row.append(
    cell(bill.number),
    cell(bill.period),
    cell(bill.unit?.number ?? ""),
    cell(bill.total, "money"),
    cell(bill.outstanding, "money"),
    status,
    action,
  );
  return row;
}

export function complaintRow(complaint: Complaint): HTMLTableRowElement {
  const row = document.createElement("tr");
  row.dataset.complaint = complaint.id;
  row.dataset.status = complaint.status;
  row.append(
    cell(complaint.number),
    cell(complaint.content),
    cell(statusLabel(complaint.status), "status"),
    cell(complaint.department ?? ""),
  );
  return row;
}
