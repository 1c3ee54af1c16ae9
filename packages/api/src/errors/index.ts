export {
  ApiError,
  AuthenticationError,
  ConflictError,
  ForbiddenError,
  MUTATION_ERROR_TYPES,
  NotFoundError,
  RateLimitError,
  RefusalError,
  ValidationError,
  type ValidationIssue,
} from "./api-errors.ts";
export { type ApiErrorCode, apiErrors } from "./codes.ts";
