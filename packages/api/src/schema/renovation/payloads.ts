import type { Deadline, Refusal, RenovationViolation } from "@wuye/domain";
import { builder } from "../../builder.ts";
import { prismaOf } from "../../context.ts";
import { RefusalRef } from "../errors.ts";
import { RenovationDeadlineRef } from "./types.ts";

/**
 * The payloads of the renovation mutations: the record reloaded with the client's selection, and
 * what the rule reported (findings, the decision deadline).
 */

export interface RenovationPayloadShape {
  readonly renovationId: string;
  readonly findings?: readonly Refusal[];
  readonly deadline?: Deadline;
}

/** `{ renovation }`, plus `reviewFindings` or `decisionDeadline` where the step reports them. */
export function renovationPayload(name: string, extra: { findings?: boolean; deadline?: boolean } = {}) {
  return builder.objectRef<RenovationPayloadShape>(name).implement({
    fields: (t) => ({
      renovation: t.prismaField({
        type: "RenovationApplication",
        nullable: true,
        resolve: (query, payload, _args, context) =>
          prismaOf(context).renovationApplication.findUnique({
            ...query,
            where: { id: payload.renovationId },
          }),
      }),
      ...(extra.findings
        ? {
            reviewFindings: t.field({
              type: [RefusalRef],
              description: "R-REN-1/2/4: what the review would find today; empty when the file is complete.",
              resolve: (payload) => [...(payload.findings ?? [])],
            }),
          }
        : {}),
      ...(extra.deadline
        ? {
            decisionDeadline: t.field({
              type: RenovationDeadlineRef,
              nullable: true,
              description: "R-REN-3: when the decision is due, counted on the official calendar.",
              resolve: (payload) =>
                payload.deadline ? { deadline: payload.deadline, overdue: false } : null,
            }),
          }
        : {}),
    }),
  });
}

/** `{ violation }` reloaded with the client's selection. */
export function violationPayload(name: string) {
  return builder
    .objectRef<{ readonly violationId: string; readonly violation?: RenovationViolation }>(name)
    .implement({
      fields: (t) => ({
        violation: t.prismaField({
          type: "RenovationViolation",
          nullable: true,
          resolve: (query, payload, _args, context) =>
            prismaOf(context).renovationViolation.findUnique({
              ...query,
              where: { id: payload.violationId },
            }),
        }),
      }),
    });
}
