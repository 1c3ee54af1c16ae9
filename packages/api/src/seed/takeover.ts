import {
  addDays,
  advanceTakeoverDefect,
  DEFAULT_OCCUPANCY_POLICY,
  type TakeoverDefect,
  type TakeoverDefectActions,
  type TakeoverDefectStatus,
  type TakeoverScope,
} from "@wuye/domain";
import { instantOn } from "./clock.ts";
import { actorOf, type SeedContext } from "./context.ts";
import { expectStep, writeWorkflowEvent } from "./workflow-events.ts";

interface DefectStory {
  readonly scope: TakeoverScope;
  readonly location: string;
  readonly description: string;
  readonly target: TakeoverDefectStatus;
  /** A failed re-inspection on the way (the defect goes back to the developer once). */
  readonly reopened?: boolean;
}

/** Every state of the takeover-defect workflow; one defect fails its first re-inspection. */
const DEFECTS: readonly DefectStory[] = [
  { scope: "plumbing", location: "地下二层泵房", description: "二次供水泵房排水沟堵塞", target: "closed" },
  {
    scope: "fire",
    location: "2号楼消防控制室",
    description: "火灾报警主机两路回路故障",
    target: "closed",
    reopened: true,
  },
  { scope: "electrical", location: "配电房", description: "低压柜标识不全", target: "rectified" },
  { scope: "greening", location: "中心花园", description: "草坪局部枯死未补种", target: "reported" },
  { scope: "civilWorks", location: "地下车库B区", description: "顶板渗水三处", target: "recorded" },
];

/**
 * The takeover inspection 承接查验 (R-HND-1) of each estate before its first handover: every scope
 * inspected, defects reported to the developer in writing, rectified, closed when re-inspection
 * accepts them (one fails once). Walked with the domain's `advanceTakeoverDefect`.
 */
export function writeTakeover(ctx: SeedContext): void {
  for (const estate of ctx.estates) {
    const first = estate.key === "sunny" ? "2016-05-10" : "2022-08-20";
    const engineer = actorOf(estate.staff.engineering[0]!);
    for (const scope of DEFAULT_OCCUPANCY_POLICY.takeoverScopes) {
      ctx.writer.add("TakeoverInspection", {
        id: ctx.ids.next(),
        estateId: estate.id,
        scope,
        inspectedOn: first,
        note: "与建设单位共同查验",
        createdAt: instantOn(first, 17),
      });
    }
    DEFECTS.forEach((story, index) => {
      const id = ctx.ids.next();
      let at = instantOn(first, 10 + index);
      // The estate's newest defects are still open: recorded close to now, not at the takeover.
      if (story.target !== "closed") at = instantOn(addDays(ctx.today, -(10 + index * 6)), 10);
      let defect: TakeoverDefect = {
        id,
        scope: story.scope,
        location: story.location,
        description: story.description,
        status: "recorded",
      };
      writeWorkflowEvent(ctx.writer, ctx.ids, id, {
        workflow: "takeover defect",
        action: "record",
        from: "recorded",
        to: "recorded",
        actor: engineer,
        at,
        data: { scope: story.scope, location: story.location },
      });
      const created = at;
      let version = 0;
      const step = <A extends keyof TakeoverDefectActions>(
        action: A,
        data: TakeoverDefectActions[A],
        days: number,
      ) => {
        at = new Date(at.getTime() + days * 86_400_000);
        const result = expectStep(
          advanceTakeoverDefect(defect, action, data, { actor: engineer, at }),
          `takeover ${action}`,
        );
        defect = result.defect;
        version += 1;
        writeWorkflowEvent(ctx.writer, ctx.ids, id, result.event, data);
      };
      const plan: [keyof TakeoverDefectActions, unknown][] = [
        ["report", { reportRef: `${estate.code}-CJ-${index + 1}` }],
      ];
      if (story.target !== "reported") plan.push(["rectify", { note: "建设单位已整改" }]);
      if (story.reopened)
        plan.push(["reopen", { finding: "复验仍有一路回路故障" }], ["rectify", { note: "更换模块" }]);
      if (story.target === "closed") plan.push(["accept", undefined]);
      if (story.target !== "recorded") {
        for (const [action, data] of plan) step(action, data as never, 2);
      }
      ctx.writer.add("TakeoverDefect", {
        id,
        estateId: estate.id,
        scope: defect.scope,
        location: defect.location,
        description: defect.description,
        status: defect.status,
        reportRef: defect.reportRef ?? null,
        findings: [...(defect.findings ?? [])],
        version,
        createdAt: created,
        updatedAt: at,
      });
    });
  }
}
