import { z } from "zod";
import { loadUserViewer, type Viewer } from "../auth/index.ts";
import { builder } from "../builder.ts";
import { prismaOf, servicesOf, type WuyeContext } from "../context.ts";
import { AuthenticationError, RateLimitError, ValidationError } from "../errors/index.ts";
import { StaffRole } from "../generated/prisma/enums.ts";
import type { AuthSession } from "../services/auth.ts";
import { serviceContext } from "../services/support.ts";
import { mutationErrors } from "./errors.ts";

/**
 * Signing in and out, and `viewer` (who am I). Staff and owners log in with phone + password
 * (`authLogin`); the 15-minute access token goes in `Authorization: Bearer …`, the refresh token
 * is exchanged for a new pair (`authRefresh`, rotating, reuse revokes the session) and revoked
 * by `authLogout`. Partners send an API key instead (`Authorization: Bearer wyk_…`).
 */

builder.enumType(StaffRole, { name: "StaffRole", description: "A staff role in an estate." });

const ViewerKind = builder.enumType("ViewerKind", {
  values: { staff: {}, resident: {}, apiKey: {} } as const,
});

const ViewerRoleRef = builder.objectRef<{ estateId: string; role: StaffRole }>("ViewerEstateRole").implement({
  description: "A role the viewer holds today in one estate.",
  fields: (t) => ({
    estateId: t.globalID({ resolve: (r) => ({ type: "Estate", id: r.estateId }) }),
    role: t.expose("role", { type: StaffRole }),
  }),
});

export const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  description: "Who is asking: a staff member, an owner or tenant, or a partner's API key.",
  fields: (t) => ({
    kind: t.field({
      type: ViewerKind,
      resolve: (viewer) => viewer.kind as "staff" | "resident" | "apiKey",
    }),
    role: t.string({
      description: "`owner`, `tenant`, `apiKey`, or the first staff role.",
      resolve: (viewer) => viewer.role,
    }),
    name: t.string({ nullable: true, resolve: (viewer) => viewer.name ?? null }),
    roles: t.field({ type: [ViewerRoleRef], resolve: (viewer) => [...viewer.estateRoles] }),
    apiScopes: t.stringList({ resolve: (viewer) => [...viewer.apiScopes] }),
    person: t.prismaField({
      type: "Person",
      nullable: true,
      description: "The viewer's own archive record (an owner's or tenant's), unmasked.",
      resolve: (query, viewer, _args, context) =>
        viewer.personId
          ? prismaOf(context).person.findUnique({ ...query, where: { id: viewer.personId } })
          : null,
    }),
    estates: t.prismaField({
      type: ["Estate"],
      description: "Estates where the viewer works or lives.",
      resolve: (query, viewer, _args, context) =>
        prismaOf(context).estate.findMany({
          ...query,
          where: { id: { in: [...viewer.staffEstateIds(), ...viewer.residentEstateIds()] } },
          orderBy: [{ name: "asc" }, { id: "asc" }],
        }),
    }),
    units: t.prismaField({
      type: ["Unit"],
      description: "Units the viewer owns or lives in today (empty for staff).",
      resolve: (query, viewer, _args, context) =>
        prismaOf(context).unit.findMany({
          ...query,
          where: { id: { in: viewer.unitIds() } },
          orderBy: [{ number: "asc" }, { id: "asc" }],
        }),
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: "The signed-in user or API key; null when anonymous.",
    authScopes: { public: true },
    resolve: (_root, _args, context) => (context.viewer.isAuthenticated ? context.viewer : null),
  }),
);

interface SessionPayload extends AuthSession {
  readonly viewer: Viewer | undefined;
}

const AuthSessionPayload = builder.objectRef<SessionPayload>("AuthSessionPayload").implement({
  description: "A new session: send `accessToken` as `Authorization: Bearer …`; keep `refreshToken` secret.",
  fields: (t) => ({
    accessToken: t.exposeString("accessToken", { nullable: true }),
    accessTokenExpiresAt: t.expose("accessTokenExpiresAt", { type: "DateTime", nullable: true }),
    refreshToken: t.exposeString("refreshToken", { nullable: true }),
    refreshTokenExpiresAt: t.expose("refreshTokenExpiresAt", { type: "DateTime", nullable: true }),
    viewer: t.field({ type: ViewerRef, nullable: true, resolve: (session) => session.viewer ?? null }),
  }),
});

const AuthLoginInput = builder.inputType("AuthLoginInput", {
  fields: (t) => ({
    phone: t.string({
      required: true,
      description: "Mainland mobile number, with or without +86.",
      validate: z
        .string()
        .trim()
        .regex(/^(\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}$/, "not a mainland mobile number"),
    }),
    password: t.string({ required: true, validate: z.string().min(1).max(200) }),
  }),
});

const AuthRefreshInput = builder.inputType("AuthRefreshInput", {
  fields: (t) => ({
    refreshToken: t.string({ required: true, validate: z.string().min(10).max(200) }),
  }),
});

const AuthLogoutInput = builder.inputType("AuthLogoutInput", {
  fields: (t) => ({
    refreshToken: t.string({ required: false, validate: z.string().min(10).max(200).optional() }),
    everywhere: t.boolean({
      required: false,
      defaultValue: false,
      description: "End every session of the signed-in user.",
    }),
  }),
});

const AuthLogoutPayload = builder.objectRef<{ loggedOut: boolean }>("AuthLogoutPayload").implement({
  fields: (t) => ({ loggedOut: t.exposeBoolean("loggedOut", { nullable: true }) }),
});

async function withViewer(session: AuthSession, context: WuyeContext): Promise<SessionPayload> {
  const { prisma, now } = serviceContext(context);
  return { ...session, viewer: await loadUserViewer(prisma, session.userId, now) };
}

builder.mutationFields((t) => ({
  authLogin: t.field({
    type: AuthSessionPayload,
    description: "Log in with phone and password (staff, owners, tenants). Attempts are rate-limited.",
    authScopes: { public: true },
    errors: { types: [AuthenticationError, RateLimitError, ValidationError] },
    args: { input: t.arg({ type: AuthLoginInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { auth, now } = servicesOf(context);
      const session = await auth.login({ ...input, ip: context.clientIp, now: now() });
      return withViewer(session, context);
    },
  }),
  authRefresh: t.field({
    type: AuthSessionPayload,
    description: "Exchange a refresh token for a new access and refresh token (the old one is spent).",
    authScopes: { public: true },
    errors: { types: [AuthenticationError, ValidationError] },
    args: { input: t.arg({ type: AuthRefreshInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { auth, now } = servicesOf(context);
      return withViewer(await auth.refresh({ refreshToken: input.refreshToken, now: now() }), context);
    },
  }),
  authLogout: t.field({
    type: AuthLogoutPayload,
    description: "Revoke the refresh token's session, or every session (`everywhere`, signed in).",
    authScopes: { public: true },
    errors: mutationErrors(),
    args: { input: t.arg({ type: AuthLogoutInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { auth, now } = servicesOf(context);
      await auth.logout({
        ...(input.refreshToken ? { refreshToken: input.refreshToken } : {}),
        everywhere: input.everywhere ?? false,
        viewer: context.viewer,
        now: now(),
      });
      return { loggedOut: true };
    },
  }),
}));
