import type { ErrorKind } from "../src/errors/index.ts";
import type { TransitionTableRow } from "../src/workflow/index.ts";

/** What the generator needs of a workflow: its name and its table. */
export interface DocumentedWorkflow {
  readonly definition: { readonly name: string; readonly initial: string; readonly final: readonly string[] };
  table(): readonly TransitionTableRow[];
}

function isWorkflow(value: unknown): value is DocumentedWorkflow {
  return (
    typeof value === "object" &&
    value !== null &&
    "definition" in value &&
    "table" in value &&
    typeof (value as { table: unknown }).table === "function"
  );
}

function isErrorCatalog(value: unknown): value is Record<string, ErrorKind<never>> {
  if (typeof value !== "object" || value === null) return false;
  const entries = Object.values(value);
  return (
    entries.length > 0 &&
    entries.every((e) => typeof e === "object" && e !== null && "code" in e && "template" in e)
  );
}

/** Finds every workflow and error catalogue the package exports, so nothing needs registering. */
export function inventory(exports: Record<string, unknown>) {
  const workflows = Object.values(exports).filter(isWorkflow);
  const catalogs = Object.entries(exports)
    .filter((entry): entry is [string, Record<string, ErrorKind<never>>] => isErrorCatalog(entry[1]))
    .sort(([a], [b]) => a.localeCompare(b));
  return { workflows, catalogs };
}

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function workflowTable(workflow: DocumentedWorkflow): string {
  const { name, initial, final } = workflow.definition;
  const lines = [
    `Starts in \`${initial}\`; finishes in ${final.map((s) => `\`${s}\``).join(", ")}.`,
    "",
    "| Action | From | To | Who may | Rules | Guarded | When |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of workflow.table()) {
    lines.push(
      `| \`${row.action}\` | ${row.from.map((s) => `\`${s}\``).join(", ")} | \`${row.to}\` | ${
        row.roles.length ? row.roles.join(", ") : "anyone"
      } | ${row.rules.join(", ")} | ${row.guarded ? "yes" : ""} | ${cell(row.note)} |`,
    );
  }
  return `<!-- the ${name} table is generated from the code by \`pnpm readme\` -->\n${lines.join("\n")}`;
}

export function errorTable(catalogs: readonly [string, Record<string, ErrorKind<never>>][]): string {
  const lines = ["| Code | Rule | English | 中文 |", "| --- | --- | --- | --- |"];
  for (const [, catalog] of catalogs) {
    for (const kind of Object.values(catalog)) {
      lines.push(
        `| \`${kind.code}\` | ${kind.rule ?? ""} | ${cell(kind.template.en)} | ${cell(kind.template.zh)} |`,
      );
    }
  }
  return lines.join("\n");
}

const BLOCK = /<!-- generated:([\w -]+?) -->\n[\s\S]*?<!-- \/generated -->/g;

/**
 * Replaces every `<!-- generated:KEY -->…<!-- /generated -->` block of the README with the
 * current table: `workflow-NAME` for a transition table, `errors` for the error codes.
 */
export function renderReadme(readme: string, exports: Record<string, unknown>): string {
  const { workflows, catalogs } = inventory(exports);
  return readme.replace(BLOCK, (_match, key: string) => {
    let body: string;
    if (key === "errors") {
      body = errorTable(catalogs);
    } else if (key.startsWith("workflow-")) {
      const name = key.slice("workflow-".length);
      const workflow = workflows.find((w) => w.definition.name === name);
      if (!workflow) throw new Error(`README names workflow "${name}", which the package does not export`);
      body = workflowTable(workflow);
    } else {
      throw new Error(`Unknown generated block "${key}"`);
    }
    return `<!-- generated:${key} -->\n${body}\n<!-- /generated -->`;
  });
}

/** Workflows the package exports that the README does not show: each must have a table there. */
export function undocumentedWorkflows(readme: string, exports: Record<string, unknown>): string[] {
  return inventory(exports)
    .workflows.map((w) => w.definition.name)
    .filter((name) => !readme.includes(`<!-- generated:workflow-${name} -->`));
}
