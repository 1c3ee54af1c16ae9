import type { OperationKind } from "./document.ts";

/**
 * What the client reports to a `logger` hook: each HTTP attempt and its answer, each retry and
 * why, token refreshes, session changes, subscription connections. Nothing secret is included (no
 * tokens, no variables); `requestId` matches the server's log line.
 */
export type WuyeLogEvent =
  | {
      readonly type: "request";
      readonly operation: string | undefined;
      readonly kind: OperationKind;
      readonly attempt: number;
      readonly requestId: string;
    }
  | {
      readonly type: "response";
      readonly operation: string | undefined;
      readonly status: number;
      readonly durationMs: number;
      readonly requestId: string;
    }
  | {
      readonly type: "retry";
      readonly operation: string | undefined;
      /** 1 for the first retry. */
      readonly retry: number;
      readonly delayMs: number;
      /** The error code or HTTP status that made the attempt fail. */
      readonly reason: string;
    }
  | { readonly type: "refresh"; readonly reason: "expiring" | "rejected" | "requested" }
  | { readonly type: "session"; readonly change: "saved" | "cleared" }
  | {
      readonly type: "subscription";
      readonly operation: string | undefined;
      readonly state: "connected" | "reconnecting" | "completed";
    };

export type WuyeLogger = (event: WuyeLogEvent) => void;
