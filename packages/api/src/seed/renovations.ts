import {
  type Actor,
  addDays,
  advanceRenovation,
  computeRenovationFees,
  openRenovation,
  parseQuantity,
  REQUIRED_RENOVATION_DRAWINGS,
  type Renovation,
  type RenovationAction,
  type RenovationActionData,
  type RenovationApplication,
  type RenovationViolation,
} from "@wuye/domain";
import { estateRenovationSettings } from "../services/renovation/policy.ts";
import { changedFields, encodeRecordData } from "../services/renovation/stored-record.ts";
import { businessDate, DEMO_TIME_ZONE, instantOn, minutesAfter } from "./clock.ts";
import { actorOf, type EstateSeed, type SeedContext } from "./context.ts";
import { contractorName, personName } from "./names.ts";
import { estatePolicy } from "./organisation.ts";
import type { SeededRandom } from "./random.ts";
import { writeFeeLedger, writeSettlementLedger } from "./renovation-ledger.ts";
import {
  RENOVATION_DAYS_TO,
  RENOVATION_STATES,
  type RenovationTarget,
  SETTLED_VIOLATIONS,
  SHOWCASE_VIOLATIONS,
} from "./renovation-stories.ts";
import { type ViolationPlan, writeViolation } from "./renovation-violations.ts";
import type { UnitLife } from "./residents.ts";
import { desk, type RecordNumbers, storyCount } from "./story-kit.ts";
import { expectStep, writeWorkflowEvent } from "./workflow-events.ts";

/**
 * Renovations 装修 (R-REN-1…9): the file compiled and reviewed within a working day, approved or
 * rejected, fees paid (a payment and the deposit on the ledger), the permit, the site inspected and
 * its violations noticed, completion accepted after a rectification, and the deposit settled once —
 * penalties deducted, the rest refunded. Every renovation state and every violation state appear.
 */
export function writeRenovations(ctx: SeedContext, lives: readonly UnitLife[], numbers: RecordNumbers): void {
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`renovations:${estate.key}`);
    const homes = lives.filter((l) => l.estate === estate && l.plan.type === "residential" && l.owner);
    if (homes.length === 0) continue;
    const targets: RenovationTarget[] = [...RENOVATION_STATES];
    const extra = storyCount(lives, estate, 15, 4);
    for (let i = 0; i < extra; i++)
      targets.push(random.pick(["depositSettled", "accepted", "inProgress", "closed"]));
    targets.forEach((target, index) => {
      const r = random.fork(`z:${index}`);
      const start = instantOn(addDays(ctx.today, -(RENOVATION_DAYS_TO[target] + r.int(2, 40))), 9, 30);
      // The applicant owned the flat on the day they applied.
      let home: UnitLife | undefined;
      for (let attempt = 0; attempt < 30 && !home; attempt++) {
        const candidate = r.pick(homes);
        const since = candidate.segments.find((s) => s.owner === candidate.owner)?.since;
        if (since !== undefined && since <= businessDate(start)) home = candidate;
      }
      if (!home) return;
      const violations =
        target === "inProgress" && index === RENOVATION_STATES.indexOf("inProgress")
          ? SHOWCASE_VIOLATIONS
          : [];
      const settled =
        target === "depositSettled" && index === RENOVATION_STATES.indexOf("depositSettled")
          ? SETTLED_VIOLATIONS
          : [];
      walk(ctx, estate, home, target, start, [...violations, ...settled], numbers, r);
    });
  }
}

function walk(
  ctx: SeedContext,
  estate: EstateSeed,
  home: UnitLife,
  target: RenovationTarget,
  appliedAt: Date,
  violationPlans: readonly Omit<ViolationPlan, "at">[],
  numbers: RecordNumbers,
  random: SeededRandom,
): void {
  const settings = estateRenovationSettings({ policy: estatePolicy(estate.key), timeZone: DEMO_TIME_ZONE });
  const owner = home.owner!;
  const staff = estate.staff;
  const service = desk(estate, random);
  const engineer = actorOf(random.pick(staff.engineering));
  const guard = actorOf(random.pick(staff.security));
  const manager = actorOf(staff.manager);
  const id = ctx.ids.next();
  const number = numbers.take(estate, "ZX", appliedAt);
  const contractor = contractorName(random);
  const siteManager = personName(random);
  const rejected = target === "rejected" || target === "closed";
  const application: RenovationApplication = {
    unitId: home.plan.id,
    premises: "residential",
    applicant: { kind: "owner", name: owner.name },
    applicationSignature: { name: owner.name, signedAt: appliedAt },
    commitmentSignature: { name: owner.name, signedAt: appliedAt },
    drawings: REQUIRED_RENOVATION_DRAWINGS.map((kind) => ({ kind, contractorStamped: true })),
    contractor: {
      name: contractor,
      businessLicence: { number: `91310115MA${random.digits(7)}X`, validUntil: "2030-12-31" },
      qualificationCertificate: { number: `D${random.digits(9)}`, validUntil: "2029-06-30" },
      siteManager: { name: siteManager, identityDocument: { number: `3101${random.digits(13)}X` } },
    },
    affects: [],
    authorityApprovals: [],
    // R-REN-4: window bars are prohibited, so this file is rejected.
    work: rejected
      ? [{ kind: "windowSecurityBars", description: "全屋加装防盗窗" }]
      : [{ kind: "general", description: "厨卫翻新、墙面刷新、更换木地板" }],
  };
  let renovation: Renovation = openRenovation({ id, application, appliedAt });
  writeWorkflowEvent(ctx.writer, ctx.ids, id, {
    workflow: "renovation",
    action: "apply",
    from: "applied",
    to: "applied",
    actor: service,
    at: appliedAt,
    data: encodeRecordData({ application, appliedAt }),
  });
  let version = 0;
  let last = appliedAt;
  let depositId: string | undefined;
  const columns: { decidedAt?: Date; permitNumber?: string; permitIssuedAt?: Date } = {};
  const step = <A extends RenovationAction>(
    action: A,
    actor: Actor,
    at: Date,
    data: RenovationActionData[A],
  ) => {
    const before = renovation;
    const result = expectStep(
      advanceRenovation(renovation, { action, actor, at, data }, settings.policy),
      `renovation ${action}`,
    );
    renovation = result.renovation;
    version += 1;
    last = at;
    writeWorkflowEvent(
      ctx.writer,
      ctx.ids,
      id,
      result.event,
      encodeRecordData(changedFields(before, renovation)),
    );
  };
  const reached = () => renovation.status === target;
  const day = (days: number, hour: number, minute = 0) =>
    instantOn(addDays(businessDate(appliedAt), days), hour, minute);
  const signature = (name: string, at: Date) => ({ name, signedAt: at });
  const heads = (at: Date) => ({
    customerServiceHead: signature(staff.customerService[0]!.name, at),
    engineeringHead: signature(engineer.name ?? "工程主管", at),
  });
  const writeApprovals = (outcome: "approved" | "rejected", at: Date) => {
    for (const kind of ["customerServiceReview", "engineeringReview"] as const) {
      ctx.writer.add("RenovationApproval", {
        id: ctx.ids.next(),
        applicationId: id,
        kind,
        decision: outcome,
        decidedAt: at,
        signedById: kind === "engineeringReview" ? engineer.id : null,
        reference: null,
        note: kind === "engineeringReview" ? (engineer.name ?? null) : staff.customerService[0]!.name,
        createdAt: at,
      });
    }
  };
  const inspection = (
    kind: "entry" | "daily" | "completion" | "reinspection",
    by: Actor,
    at: Date,
    passed: boolean | null,
    findings: string | null,
  ) => {
    const inspectionId = ctx.ids.next();
    ctx.writer.add("RenovationInspection", {
      id: inspectionId,
      applicationId: id,
      kind,
      department: by.role === "engineering" || by.role === "security" ? by.role : "customer_service",
      inspectedOn: businessDate(at),
      inspectedAt: at,
      inspectorId: by.id,
      passed,
      findings,
      createdAt: at,
    });
    return inspectionId;
  };

  const run = () => {
    if (reached()) return;
    step("startReview", service, minutesAfter(appliedAt, 30), undefined);
    if (reached()) return;
    if (rejected) {
      const at = day(1, 10);
      step("reject", engineer, at, { ...heads(at), reason: "方案含加装防盗窗，违反小区装修管理规定" });
      columns.decidedAt = at;
      writeApprovals("rejected", at);
      if (reached()) return;
      step("confirmDecision", service, day(2, 10), { ownerSignature: signature(owner.name, day(2, 10)) });
      return;
    }
    const decided = day(1, 10);
    step("approve", engineer, decided, heads(decided));
    columns.decidedAt = decided;
    writeApprovals("approved", decided);
    if (reached()) return;
    step("confirmDecision", service, day(2, 10), { ownerSignature: signature(owner.name, day(2, 10)) });
    ctx.writer.add("RenovationApproval", {
      id: ctx.ids.next(),
      applicationId: id,
      kind: "ownerConfirmation",
      decision: "approved",
      decidedAt: day(2, 10),
      signedById: null,
      reference: null,
      note: owner.name,
      createdAt: day(2, 10),
    });
    if (reached()) return;
    const fees = computeRenovationFees(
      { buildingArea: parseQuantity(home.plan.area), workers: 3 },
      settings.feeStandard!,
    );
    const paidAt = day(3, 10);
    step("payFees", actorOf(staff.cashier), paidAt, {
      fees,
      paid: fees.total,
      agreementSignature: signature(owner.name, paidAt),
    });
    depositId = writeFeeLedger(ctx, estate, home, id, number, fees, owner.name, staff.cashier.id, paidAt);
    if (reached()) return;
    const permitAt = day(3, 11);
    const permitNumber = `${number}-P`;
    step("issuePermit", service, permitAt, {
      permitNumber,
      servicePhone: "021-50001234",
      workerPasses: [1, 2, 3].map((n) => ({ passNumber: `${number}-W${n}`, workerName: personName(random) })),
      departmentsNotified: ["customer_service", "engineering", "security"],
    });
    columns.permitNumber = permitNumber;
    columns.permitIssuedAt = permitAt;
    if (reached() && target !== "inProgress") return;
    const workAt = day(5, 9);
    step("startWork", service, workAt, {
      entryInspection: {
        inspectedOn: businessDate(workAt),
        contractorSignature: signature(siteManager, workAt),
        staffSignature: signature(service.name ?? "客服", workAt),
        existingDamage: [{ location: "入户门", description: "门套有轻微划痕" }],
      },
    });
    inspection("entry", service, workAt, true, "入户门: 门套有轻微划痕");
    // R-REN-7: the daily rounds find violations; each is noticed through its own workflow.
    const earlier: RenovationViolation[] = [];
    violationPlans.forEach((plan, k) => {
      const at = target === "inProgress" ? day(8 + k * 3, 10) : day(8 + k * 6, 10);
      inspection("daily", guard, at, false, plan.description);
      const written = writeViolation(
        ctx,
        renovation,
        earlier,
        { ...plan, at },
        {
          inspector: guard,
          manager,
          owner: owner.name,
          siteManager,
        },
      );
      earlier.push(written.violation);
    });
    if (reached()) return;
    const appliedOn = day(60, 10);
    step("applyForCompletion", service, appliedOn, { agreedInspectionDate: businessDate(day(63, 0)) });
    if (reached()) return;
    const inspectors = [
      { department: "engineering" as const, name: engineer.name ?? "工程" },
      { department: "security" as const, name: guard.name ?? "秩序" },
    ];
    let acceptDay = 63;
    if (target === "rectificationRequired" || random.chance(0.4)) {
      const failedAt = day(63, 10);
      const failures = [{ item: "卫生间闭水试验", rectificationRequired: "重做防水层后复验" }];
      step("requireRectification", engineer, failedAt, {
        inspection: { inspectedOn: businessDate(failedAt), inspectors, failures },
      });
      inspection("completion", engineer, failedAt, false, "卫生间闭水试验 → 重做防水层后复验");
      if (reached()) return;
      step("reapplyForInspection", service, day(64, 10), { agreedInspectionDate: businessDate(day(66, 0)) });
      acceptDay = 66;
    }
    const acceptedAt = day(acceptDay, 10);
    step("accept", engineer, acceptedAt, {
      inspection: { inspectedOn: businessDate(acceptedAt), inspectors, failures: [] },
    });
    inspection(acceptDay === 63 ? "completion" : "reinspection", engineer, acceptedAt, true, null);
    if (reached()) return;
    const settleAt = instantOn(addDays(renovation.depositRefundableFrom!, random.int(1, 10)), 14);
    if (settleAt >= ctx.now) return;
    step("settleDeposit", actorOf(staff.finance), settleAt, {
      signOffs: {
        owner: signature(owner.name, settleAt),
        contractor: signature(siteManager, settleAt),
        projectCentre: signature(staff.manager.name, settleAt),
      },
      damages: [],
      violations: earlier,
    });
    writeSettlementLedger(
      ctx,
      { estate, home, applicationId: id, depositId, renovation, violations: earlier },
      staff.finance.id,
      settleAt,
    );
  };
  run();
  if (last >= ctx.now) throw new Error(`seed: renovation ${number} would end after now`);

  ctx.writer.add("RenovationApplication", {
    id,
    estateId: estate.id,
    unitId: home.plan.id,
    applicantId: owner.id,
    number,
    agentName: null,
    scope: application.work.map((w) => ("description" in w ? w.description : w.kind)).join("；"),
    contractorName: contractor,
    contractorLicenceNo: application.contractor.businessLicence?.number ?? null,
    siteManagerName: siteManager,
    siteManagerPhone: null,
    commercialPremises: false,
    touchesFireProtection: false,
    touchesStructure: false,
    touchesGasLines: false,
    plannedStart: addDays(businessDate(appliedAt), 5),
    plannedEnd: addDays(businessDate(appliedAt), 60),
    status: renovation.status,
    submittedAt: appliedAt,
    decisionDueAt: renovation.review?.deadline.due ?? null,
    decidedAt: columns.decidedAt ?? null,
    permitNumber: columns.permitNumber ?? null,
    permitIssuedAt: columns.permitIssuedAt ?? null,
    acceptedOn: renovation.acceptedOn ?? null,
    version,
    createdAt: appliedAt,
    updatedAt: last,
  });
  for (const [kind, fileRef, validUntil] of [
    ["businessLicence", application.contractor.businessLicence?.number, "2030-12-31"],
    ["qualificationCertificate", application.contractor.qualificationCertificate?.number, "2029-06-30"],
    ["siteManagerIdentity", application.contractor.siteManager.identityDocument?.number, null],
    ...REQUIRED_RENOVATION_DRAWINGS.map((drawing) => [drawing, `${number}/${drawing}.pdf`, null] as const),
  ] as const) {
    ctx.writer.add("RenovationDocument", {
      id: ctx.ids.next(),
      applicationId: id,
      kind,
      fileRef: fileRef ?? kind,
      validUntil: validUntil ?? null,
      verifiedAt: minutesAfter(appliedAt, 20),
      createdAt: appliedAt,
    });
  }
}
