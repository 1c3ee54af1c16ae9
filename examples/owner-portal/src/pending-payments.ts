/**
 * Idempotency keys of payments not yet answered, kept in `sessionStorage` so that paying again
 * after a lost answer or a reload reuses the key and the API takes the money only once.
 */
const PREFIX = "wuye.pendingPayment.";

export function pendingPaymentKey(billId: string): string {
  const stored = sessionStorage.getItem(PREFIX + billId);
  if (stored) return stored;
  const key = crypto.randomUUID();
  sessionStorage.setItem(PREFIX + billId, key);
  return key;
}

/** The API answered (paid, or refused for good): the next payment of this bill is a new one. */
export function settledPayment(billId: string): void {
  sessionStorage.removeItem(PREFIX + billId);
}
