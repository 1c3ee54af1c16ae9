export { allocateMoney } from "./allocate.ts";
export { moneyErrors } from "./errors.ts";
export {
  addExact,
  describeExact,
  exactMoney,
  exactProduct,
  type Factor,
  isWholeFen,
  ROUND_TO_FEN_HALF_UP,
  ratio,
  roundExact,
  roundMoney,
} from "./exact.ts";
export {
  addMoney,
  compareMoney,
  isNegativeMoney,
  isPositiveMoney,
  isZeroMoney,
  maxMoney,
  minMoney,
  moneyFromFen,
  multiplyMoney,
  negateMoney,
  subtractMoney,
  sumMoney,
  ZERO_MONEY,
} from "./money.ts";
export {
  type FormatMoneyOptions,
  formatMoney,
  formatQuantity,
  type ParseQuantityOptions,
  parseMoney,
  parseQuantity,
  quantityOf,
} from "./text.ts";
export type {
  ExactAmount,
  Money,
  Quantity,
  Ratio,
  RoundingMode,
  RoundingPolicy,
  RoundingStep,
} from "./types.ts";
export { describeRounding, formatPrice, isDefaultRounding } from "./wording.ts";
