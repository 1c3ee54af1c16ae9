import type { RepairComponentCategory, RepairQuoteLineInput, RepairTrade } from "@wuye/domain";

/** What the demo's owners report, its warranty category, the quote lines and the work done (R-REP-3). */
export interface RepairTopic {
  readonly description: string;
  readonly location: string;
  readonly category: RepairComponentCategory;
  readonly trade: RepairTrade;
  readonly quote: readonly RepairQuoteLineInput[];
  readonly plan: string;
  readonly workDone: string;
}

export const REPAIR_TOPICS: readonly RepairTopic[] = [
  {
    description: "厨房角阀漏水",
    location: "厨房",
    category: "plumbing",
    trade: "plumbing",
    quote: [
      { code: "L-CALL", quantity: "1" },
      { code: "L-HOUR", quantity: "0.5" },
      { code: "M-VALVE", quantity: "2" },
    ],
    plan: "更换两只角阀",
    workDone: "更换角阀两只，试水无渗漏",
  },
  {
    description: "卫生间地面渗水到楼下",
    location: "卫生间",
    category: "wetRoomLeakage",
    trade: "plumbing",
    quote: [
      { code: "L-CALL", quantity: "1" },
      { code: "L-HOUR", quantity: "3" },
    ],
    plan: "重做卫生间防水层，闭水试验48小时",
    workDone: "重做防水并完成闭水试验",
  },
  {
    description: "客厅插座跳闸，空气开关无法合上",
    location: "配电箱",
    category: "electrical",
    trade: "electrical",
    quote: [
      { code: "L-CALL", quantity: "1" },
      { code: "L-HOUR", quantity: "1" },
      { code: "M-SWITCH", quantity: "1" },
      { code: "M-SOCKET", quantity: "1" },
    ],
    plan: "排查线路并更换空气开关",
    workDone: "更换空气开关及插座面板，线路绝缘测试合格",
  },
  {
    description: "入户门合页松动，关门有异响",
    location: "入户门",
    category: "decoration",
    trade: "doorsAndWindows",
    quote: [
      { code: "L-CALL", quantity: "1" },
      { code: "L-HOUR", quantity: "1.5" },
    ],
    plan: "更换合页并调整门扇",
    workDone: "更换合页两副，门扇调整到位",
  },
];
