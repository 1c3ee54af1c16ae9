import { defineErrors } from "@wuye/domain";

/**
 * Every error code the API itself raises, declared once with its English and Chinese message
 * (the domain's kit, so API and domain errors read the same). Refusals of the rules keep the
 * domain's own codes (`CMP_…`, `FEE_…`, `WORKFLOW_…`), documented in packages/domain/README.md.
 * The README's error table is generated from this catalogue (`pnpm --filter @wuye/api docs`).
 */
export const apiErrors = defineErrors({
  AUTH_INVALID_CREDENTIALS: {
    message: () => ({
      en: "The phone number or password is not right",
      zh: "手机号或密码不正确",
    }),
  },
  AUTH_RATE_LIMITED: {
    message: (p: { seconds: number }) => ({
      en: `Too many login attempts; try again in ${p.seconds} seconds`,
      zh: `登录尝试次数过多，请 ${p.seconds} 秒后再试`,
    }),
  },
  AUTH_REFRESH_TOKEN_INVALID: {
    message: () => ({
      en: "The refresh token is unknown, expired or revoked; log in again",
      zh: "刷新令牌无效、已过期或已撤销，请重新登录",
    }),
  },
  AUTH_REFRESH_TOKEN_REUSED: {
    message: () => ({
      en: "This refresh token was already used; every session of its family is revoked, log in again",
      zh: "该刷新令牌已被使用过，其所属会话已全部撤销，请重新登录",
    }),
  },
  AUTH_TOKEN_INVALID: {
    message: () => ({
      en: "The access token or API key is invalid or expired",
      zh: "访问令牌或 API 密钥无效或已过期",
    }),
  },
  AUTH_REQUIRED: {
    message: () => ({ en: "Log in first", zh: "请先登录" }),
  },
  API_FORBIDDEN: {
    message: () => ({
      en: "You are not allowed to do this",
      zh: "您无权执行此操作",
    }),
  },
  API_NOT_FOUND: {
    message: (p: { what: string }) => ({
      en: `No ${p.what} with this id that you can see`,
      zh: `找不到该${p.what}，或您无权查看`,
    }),
  },
  API_VALIDATION_FAILED: {
    message: (p: { issue: string }) => ({
      en: `Invalid input: ${p.issue}`,
      zh: `输入有误：${p.issue}`,
    }),
  },
  API_STALE_RECORD: {
    message: (p: { what: string }) => ({
      en: `The ${p.what} was changed by someone else meanwhile; reload it and try again`,
      zh: `该${p.what}已被他人修改，请刷新后重试`,
    }),
  },
  API_IDEMPOTENCY_KEY_REUSED: {
    message: () => ({
      en: "This idempotency key was already used with a different input",
      zh: "该幂等键已用于不同的请求内容",
    }),
  },
  API_INTERNAL: {
    message: () => ({
      en: "Unexpected error; it has been logged (quote the X-Request-Id header when reporting it)",
      zh: "发生意外错误，已记录日志（反馈时请提供响应头 X-Request-Id）",
    }),
  },
});

export type ApiErrorCode = keyof typeof apiErrors;
