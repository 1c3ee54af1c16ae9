import type { IncomingMessage } from "node:http";
import type { Plugin } from "graphql-yoga";
import { authenticateRequest } from "../auth/index.ts";
import { bindServices, type WuyeContext, type WuyeServices } from "../context.ts";
import { requestIdOf } from "./use-request-id.ts";

export interface AuthenticationOptions {
  readonly services: WuyeServices;
  /**
   * Trust `X-Forwarded-For` for the client's address (rate limits, audit): only behind a proxy
   * that sets it. @default false
   */
  readonly trustProxy?: boolean;
}

function clientIpOf(request: Request, serverContext: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket.remoteAddress ?? "unknown";
}

/**
 * Builds each request's context: the request id, the client's address, and the viewer
 * authenticated from the `Authorization` or `X-Api-Key` header; and binds the services (the
 * database among them) to the context, outside its type.
 */
export function useAuthentication(options: AuthenticationOptions): Plugin<WuyeContext> {
  const { services } = options;
  return {
    async onContextBuilding({ context, extendContext }) {
      const { request } = context;
      bindServices(context, services);
      const viewer = await authenticateRequest(request.headers, {
        prisma: services.db.prisma,
        tokens: services.auth.accessTokens,
        now: services.now(),
      });
      extendContext({
        requestId: requestIdOf(request),
        clientIp: clientIpOf(request, context, options.trustProxy ?? false),
        viewer,
      });
    },
  };
}
