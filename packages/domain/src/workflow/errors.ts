import { defineErrors } from "../errors/index.ts";

export const workflowErrors = defineErrors({
  WORKFLOW_ACTION_NOT_ALLOWED: {
    rule: "R-QLT-2",
    message: (p: { workflow: string; action: string; state: string }) => ({
      en: `The ${p.workflow} cannot "${p.action}" while it is ${p.state}`,
      zh: `${p.workflow}当前状态为「${p.state}」，不能执行「${p.action}」`,
    }),
  },
  WORKFLOW_ROLE_NOT_ALLOWED: {
    message: (p: { workflow: string; action: string; role: string }) => ({
      en: `A ${p.role} may not "${p.action}" a ${p.workflow}`,
      zh: `角色「${p.role}」无权对${p.workflow}执行「${p.action}」`,
    }),
  },
  WORKFLOW_UNKNOWN_ACTION: {
    message: (p: { workflow: string; action: string }) => ({
      en: `The ${p.workflow} workflow has no action "${p.action}"`,
      zh: `${p.workflow}流程没有「${p.action}」操作`,
    }),
  },
});
