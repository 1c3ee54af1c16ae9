import { addDays } from "@wuye/domain";
import type { SeededRandom } from "./random.ts";

/**
 * Made-up people for the demo estate: Chinese names, mobile numbers, resident identity numbers
 * and number plates. Numbers are derived from an index so they never repeat; identity numbers
 * carry a valid GB 11643 check digit (the domain's masking and the archive checks read them like
 * real ones), but every one is invented.
 */

const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国海燕晶宇浩然子涵梓欣雨轩思琪嘉怡俊杰文博志远晓东雪梅春生佳琪一鸣欣怡子轩晨阳佩琳",
];

export function personName(random: SeededRandom): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN);
  return random.pick(SURNAMES) + given;
}

const MOBILE_PREFIXES = ["139", "137", "135", "186", "188", "158", "159", "150", "151", "177"];

/**
 * A mobile number unique per index (below 10⁸). The demo logins use 1380000xxxx, a block no
 * index reaches.
 */
export function mobileNumber(index: number): string {
  const prefix = MOBILE_PREFIXES[index % MOBILE_PREFIXES.length] ?? "139";
  const body = (Math.floor(index / MOBILE_PREFIXES.length) * 7_919 + 24_681) % 100_000_000;
  return prefix + String(body).padStart(8, "0");
}

const REGIONS = ["310115", "310104", "310110", "320102", "330106", "440305", "110105", "510107"];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";
const BIRTH_DAYS = 18_250; // born 1950–1999

/** An 18-digit resident identity number unique per index (below 18 million), with its check digit. */
export function residentIdNumber(index: number, random: SeededRandom): string {
  const born = addDays("1950-01-01", index % BIRTH_DAYS).replaceAll("-", "");
  const sequence = String(Math.floor(index / BIRTH_DAYS) % 1000).padStart(3, "0");
  const body = random.pick(REGIONS) + born + sequence;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (WEIGHTS[i] ?? 0);
  return body + CHECK[sum % 11];
}

const PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** A Shanghai number plate unique per index: 沪 + letter + five characters. */
export function plateNumber(index: number): string {
  const letter = PLATE_LETTERS[index % PLATE_LETTERS.length] ?? "A";
  const serial = (Math.floor(index / PLATE_LETTERS.length) * 3_571 + 10_007) % 100_000;
  return `沪${letter}${String(serial).padStart(5, "0")}`;
}

const CONTRACTORS = [
  "安居装饰工程有限公司",
  "美家装饰设计有限公司",
  "匠心建筑装饰有限公司",
  "华艺装饰工程有限公司",
];

export function contractorName(random: SeededRandom): string {
  return random.pick(CONTRACTORS);
}
