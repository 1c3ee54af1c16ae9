import { accessErrors, checkVisitorAdmission, checkVisitorDeparture } from "@wuye/domain";
import { v7 as uuidv7 } from "uuid";
import { ACCESS_DESK_ROLES, visibleVisitors } from "../../auth/visibility.ts";
import { NotFoundError, RefusalError } from "../../errors/index.ts";
import type { VisitorKind } from "../../generated/prisma/enums.ts";
import { ensure, type GlobalId, idOf, refusedAt, type ServiceContext } from "../support.ts";

/**
 * Visitors 访客登记 (R-ACC-1), the application service: the gate registers each visitor; a
 * contractor or temporary worker needs a work certificate or a pre-registration.
 */

export interface VisitorRegisterInput {
  readonly estateId?: GlobalId | null;
  readonly unitId?: GlobalId | null;
  readonly kind: VisitorKind;
  readonly name: string;
  readonly phone?: string | null;
  readonly idNumber?: string | null;
  readonly purpose: string;
  readonly certificateRef?: string | null;
  readonly preRegistered?: boolean | null;
  readonly arrivedAt?: Date | null;
}

/** The estate (and unit) a gate record is about, checked against the viewer's roles there. */
export async function gateEstateOf(
  sc: ServiceContext,
  input: { estateId?: GlobalId | null; unitId?: GlobalId | null },
  roles: readonly string[],
) {
  const unitId = input.unitId ? idOf(input.unitId, "Unit", "unit", ["input", "unitId"]) : undefined;
  const unit = unitId
    ? await sc.prisma.unit.findUnique({ where: { id: unitId }, select: { id: true, estateId: true } })
    : undefined;
  if (unitId && !unit) throw new NotFoundError("unit", ["input", "unitId"]);
  const estateId =
    unit?.estateId ??
    (input.estateId ? idOf(input.estateId, "Estate", "estate", ["input", "estateId"]) : undefined);
  if (!estateId || !sc.viewer.isStaffIn(estateId)) {
    throw new NotFoundError(unit ? "unit" : "estate", ["input", unit ? "unitId" : "estateId"]);
  }
  if (unit && input.estateId && input.estateId.id !== unit.estateId) {
    throw new NotFoundError("unit", ["input", "unitId"]);
  }
  ensure(sc.viewer.rolesIn(estateId).some((role) => roles.includes(role)));
  return { estateId, unitId: unit?.id ?? null };
}

export async function registerVisitor(sc: ServiceContext, input: VisitorRegisterInput) {
  const { estateId, unitId } = await gateEstateOf(sc, input, ACCESS_DESK_ROLES);
  const refusal = checkVisitorAdmission(input);
  if (refusal) throw refusedAt(refusal, ["input", "certificateRef"]);
  const id = uuidv7();
  await sc.prisma.visitor.create({
    data: {
      id,
      estateId,
      unitId,
      kind: input.kind,
      name: input.name,
      phone: input.phone ?? null,
      idNumber: input.idNumber ?? null,
      purpose: input.purpose,
      certificateRef: input.certificateRef ?? null,
      preRegistered: input.preRegistered ?? false,
      arrivedAt: input.arrivedAt ?? sc.now,
      registeredById: sc.viewer.userId ?? "",
    },
  });
  return { visitorId: id };
}

export async function visitorLeaves(sc: ServiceContext, input: { visitorId: GlobalId }) {
  const id = idOf(input.visitorId, "Visitor", "visitor", ["input", "visitorId"]);
  const visitor = await sc.prisma.visitor.findFirst({
    where: { id, AND: [visibleVisitors(sc.viewer)] },
    select: { id: true, estateId: true, leftAt: true },
  });
  if (!visitor || sc.viewer.kind !== "staff") throw new NotFoundError("visitor", ["input", "visitorId"]);
  ensure(sc.viewer.isStaffIn(visitor.estateId, ACCESS_DESK_ROLES));
  const refusal = checkVisitorDeparture(visitor);
  if (refusal) throw new RefusalError([refusal]);
  // Compare-and-set: two guards recording the same departure leave one time.
  const left = await sc.prisma.visitor.updateMany({
    where: { id, leftAt: null },
    data: { leftAt: sc.now },
  });
  // Another guard recorded the departure in between.
  if (left.count !== 1) throw new RefusalError([accessErrors.ACC_VISITOR_ALREADY_LEFT.refuse(undefined)]);
  return { visitorId: id };
}
