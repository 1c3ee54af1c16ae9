import {
  addDays,
  type FacilityType,
  type IsoDate,
  type MaintenancePeriod,
  maintenanceStatus,
  nextMaintenanceDue,
  registerFacility,
} from "@wuye/domain";
import { instantOn } from "./clock.ts";
import type { EstateSeed, SeedContext, StaffMember } from "./context.ts";
import { writePatrols } from "./patrols.ts";
import type { SeededRandom } from "./random.ts";
import type { RecordNumbers } from "./story-kit.ts";

interface FacilityTemplate {
  readonly type: FacilityType;
  readonly name: string;
  readonly model: string;
  readonly location: string;
  readonly period: MaintenancePeriod;
  readonly task: string;
  readonly contractor?: string;
}

const PLANT: readonly FacilityTemplate[] = [
  {
    type: "waterSupply",
    name: "1号生活水泵",
    model: "格兰富 CR15-5",
    location: "地下二层泵房",
    period: "quarterly",
    task: "水泵保养、水箱清洗消毒",
  },
  {
    type: "waterSupply",
    name: "2号生活水泵",
    model: "格兰富 CR15-5",
    location: "地下二层泵房",
    period: "quarterly",
    task: "水泵保养、水箱清洗消毒",
  },
  {
    type: "powerSupply",
    name: "1号变压器",
    model: "SCB13-1250/10",
    location: "配电房",
    period: "yearly",
    task: "预防性试验",
    contractor: "国网上海检修公司",
  },
  {
    type: "fireSystem",
    name: "火灾自动报警系统",
    model: "海湾 GST5000",
    location: "消防控制室",
    period: "monthly",
    task: "联动测试、探测器抽检",
    contractor: "安消消防维保公司",
  },
  {
    type: "cctv",
    name: "视频监控系统",
    model: "海康 DS-9632",
    location: "监控中心",
    period: "quarterly",
    task: "摄像头清洁、录像检查",
  },
  {
    type: "accessControl",
    name: "门禁及人行道闸",
    model: "ZKTeco SBTH1000",
    location: "各出入口",
    period: "quarterly",
    task: "道闸润滑、读卡器测试",
  },
  {
    type: "publicLighting",
    name: "公共照明",
    model: "LED 路灯 60W",
    location: "园区道路",
    period: "monthly",
    task: "巡检更换故障灯具",
  },
];

/** A facility of the ledger, as the owners' maintenance-fund uses name it (a common part, R-GOV-2). */
export interface FacilitySeed {
  readonly id: string;
  readonly estate: EstateSeed;
  readonly type: FacilityType;
  readonly name: string;
  readonly warrantyUntil?: IsoDate;
}

/**
 * Facilities 设施设备 (R-FAC-1…4): the ledger (elevators per tower, pumps, power, fire, CCTV,
 * access, lighting), maintenance plans with a year of records (a few plans overdue today, as the
 * domain's `maintenanceStatus` says), patrol routes with their checkpoints, a week of rounds with
 * missed checkpoints, and the work order a leak found on a round raises (R-FAC-3/4).
 */
export function writeFacilities(ctx: SeedContext, numbers: RecordNumbers): FacilitySeed[] {
  const facilities: FacilitySeed[] = [];
  for (const estate of ctx.estates) {
    const random = ctx.random.fork(`facilities:${estate.key}`);
    const installed: IsoDate = estate.key === "sunny" ? "2016-04-15" : "2022-07-20";
    const towers = estate.buildings.filter((b) => b.kind === "tower");
    const templates: FacilityTemplate[] = [...PLANT];
    for (const tower of towers) {
      for (const car of [1, 2]) {
        templates.push({
          type: "elevator",
          name: `${tower.name}${car}号电梯`,
          model: "日立 HGP 1000kg",
          location: tower.name,
          period: "monthly",
          task: "月度保养（曳引机、门机、安全回路）",
          contractor: "日立电梯维保",
        });
      }
    }
    templates.forEach((template, index) => {
      facilities.push(writeFacility(ctx, estate, template, installed, index, random.fork(`f:${index}`)));
    });
    writePatrols(ctx, estate, numbers, random.fork("patrols"));
  }
  return facilities;
}

function writeFacility(
  ctx: SeedContext,
  estate: EstateSeed,
  template: FacilityTemplate,
  installedOn: IsoDate,
  index: number,
  random: SeededRandom,
): FacilitySeed {
  const id = ctx.ids.next();
  const entry = registerFacility({
    id,
    name: template.name,
    type: template.type,
    model: template.model,
    parameters: template.type === "elevator" ? { load: "1000 kg", speed: "1.75 m/s" } : {},
    installedOn,
    warrantyEndsOn: addDays(installedOn, 2 * 365),
    location: template.location,
  });
  const created = instantOn(installedOn, 9);
  ctx.writer.add("Facility", {
    id,
    estateId: estate.id,
    type: entry.type,
    name: entry.name,
    model: entry.model,
    parameters: { ...entry.parameters },
    location: entry.location,
    installedOn: entry.installedOn,
    warrantyUntil: entry.warrantyEndsOn ?? null,
    createdAt: created,
    updatedAt: created,
  });
  // A year of maintenance, each done on time or a few days late; a few plans are overdue today.
  const planId = ctx.ids.next();
  const engineers = estate.staff.engineering;
  const startsOn = addDays(ctx.today, -365);
  let lastDoneOn: IsoDate | undefined;
  let due = startsOn;
  const lapsed = index % 5 === 3;
  while (due < ctx.today) {
    const doneOn = addDays(due, random.int(0, 3));
    if (doneOn >= ctx.today || (lapsed && addDays(due, 120) > ctx.today)) break;
    const doer: StaffMember = random.pick(engineers);
    ctx.writer.add("MaintenanceRecord", {
      id: ctx.ids.next(),
      facilityId: id,
      planId,
      performedOn: doneOn,
      performedById: template.contractor ? null : doer.id,
      contractor: template.contractor ?? null,
      findings: random.chance(0.1) ? "发现轻微磨损，已更换配件" : "运行正常",
      createdAt: instantOn(doneOn, 16),
    });
    lastDoneOn = doneOn;
    due = nextMaintenanceDue(template.period, doneOn);
  }
  const status = maintenanceStatus(
    {
      id: planId,
      facilityType: template.type,
      facilityId: id,
      task: template.task,
      period: template.period,
      startsOn,
      ...(lastDoneOn ? { lastDoneOn } : {}),
    },
    ctx.today,
  );
  ctx.writer.add("MaintenancePlan", {
    id: planId,
    estateId: estate.id,
    facilityType: template.type,
    facilityId: id,
    title: template.task,
    period: template.period,
    lastDoneOn: lastDoneOn ?? null,
    nextDueOn: status.nextDueOn,
    active: true,
    createdAt: instantOn(startsOn, 9),
    updatedAt: instantOn(lastDoneOn ?? startsOn, 17),
  });
  return {
    id,
    estate,
    type: entry.type,
    name: entry.name,
    ...(entry.warrantyEndsOn ? { warrantyUntil: entry.warrantyEndsOn } : {}),
  };
}
