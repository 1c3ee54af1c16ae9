import type { ComplaintFacts } from "@wuye/domain";
import type { Department } from "../generated/prisma/enums.ts";

/** What the demo's complainants complain about, the department that handles it, and the outcome. */
export interface ComplaintTopic {
  readonly content: string;
  readonly department: Department;
  readonly facts: ComplaintFacts;
  readonly handling: string;
  readonly result: string;
}

export const COMPLAINT_TOPICS: readonly ComplaintTopic[] = [
  {
    content: "电梯连续两天停运，老人上下楼非常困难，报修后没人处理",
    department: "engineering",
    facts: { reasonableRequestNotMetInTime: true, seriouslyAffectsUse: true },
    handling: "维保单位更换主板，电梯已恢复运行",
    result: "电梯已修复并通过检测，维保单位承诺48小时内响应",
  },
  {
    content: "地下车库B区照明坏了一个星期，晚上停车看不清",
    department: "engineering",
    facts: {},
    handling: "更换B区12盏灯管及一处线路",
    result: "车库照明已全部恢复",
  },
  {
    content: "夜间有外来车辆占用消防通道，保安没有劝离",
    department: "security",
    facts: {},
    handling: "加强夜间巡逻，对违停车辆张贴告知单",
    result: "消防通道已清理，夜班增加一次巡查",
  },
  {
    content: "楼道垃圾桶满了两天没人清运，气味很大",
    department: "cleaning",
    facts: {},
    handling: "督促保洁公司增加清运频次至每日两次",
    result: "垃圾已清运，保洁排班已调整",
  },
  {
    content: "客服电话上午一直没人接听",
    department: "customer_service",
    facts: { staffFaultStrongGrievance: true },
    handling: "核查值班记录，对当班客服进行批评教育",
    result: "已向业主致歉，客服热线增设转接",
  },
  {
    content: "物业费发票抬头开错，要求重开",
    department: "finance",
    facts: {},
    handling: "作废原发票并重新开具",
    result: "新发票已送达业主",
  },
  {
    content: "小区绿化修剪一大早就开始，噪音扰民",
    department: "greening",
    facts: {},
    handling: "调整修剪作业时间至上午9点以后",
    result: "绿化作业时间已调整并公示",
  },
];

/** One complaint about the same water cut, from five households: major under R-CMP-3. */
export const GROUP_COMPLAINT_TOPIC: ComplaintTopic = {
  content: "整栋楼突然停水半天，没有任何通知",
  department: "engineering",
  facts: { suddenOutage: "largeAreaWaterCut", complainantsAboutSameEvent: 5 },
  handling: "抢修二次供水泵房阀门，恢复供水",
  result: "供水已恢复，今后计划停水提前24小时公告",
};
