/**
 * Renovation 装修管理 (R-REN-1…9): the renovation and what hangs off it (types, renovation,
 * related), violations, and one mutation per step — the file and its review, the works and the
 * money, the violation notices.
 */
import "./types.ts";
import "./renovation.ts";
import "./queries.ts";
import "./violations.ts";
import "./mutations-file.ts";
import "./mutations-works.ts";
import "./mutations-money.ts";
import "./violation-mutations.ts";
