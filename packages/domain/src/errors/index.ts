export {
  type AreaErrors,
  areaErrors,
  defineErrors,
  type ErrorCatalog,
  type ErrorDefinition,
  type ErrorKind,
} from "./define-errors.ts";
export { type BilingualMessage, DomainError, isDomainError, type Refusal } from "./refusal.ts";
