export {
  type ActionDataMap,
  defineWorkflow,
  type TransitionRequest,
  type TransitionTableRow,
  type Workflow,
  type WorkflowDefinition,
} from "./define-workflow.ts";
export { workflowErrors } from "./errors.ts";
export type {
  Actor,
  Guard,
  GuardInput,
  TransitionDefinition,
  TransitionResult,
  WorkflowEvent,
} from "./types.ts";
