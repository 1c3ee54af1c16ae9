import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSub } from "graphql-yoga";
import { Redis } from "ioredis";

/** A workflow record changed state: what subscribers of complaints and repairs receive. */
export interface WorkflowStatusChange {
  readonly workflow: "complaint" | "repair" | "service request" | "renovation" | "release pass";
  readonly recordId: string;
  readonly estateId: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly at: string;
  /** The user who filed the record, who may follow it as well as the estate's staff. */
  readonly filedByUserId: string | null;
}

/**
 * The events the API publishes, by topic. The first argument is the estate id, so a subscriber
 * only ever receives its own estate's events; the payload is JSON-safe (it may cross Redis).
 */
export type WuyeTopics = {
  "workflow:status": [estateId: string, change: WorkflowStatusChange];
  "announcement:published": [estateId: string, announcement: { readonly announcementId: string }];
};

export type WuyePubSub = PubSub<WuyeTopics>;

export interface WuyeEvents {
  readonly pubsub: WuyePubSub;
  close(): Promise<void>;
}

/**
 * In one process events stay in memory; with `redisUrl` every API instance publishes to and
 * listens on Redis, so a subscriber on one instance sees a change made through another.
 */
export function createWuyeEvents(options: { readonly redisUrl?: string } = {}): WuyeEvents {
  if (!options.redisUrl) return { pubsub: createPubSub<WuyeTopics>(), close: async () => {} };
  const publishClient = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const subscribeClient = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  let closing = false;
  const eventTarget = createRedisEventTarget({
    publishClient,
    subscribeClient: settledChannels(subscribeClient, () => closing),
  });
  return {
    pubsub: createPubSub<WuyeTopics>({ eventTarget }),
    async close() {
      closing = true;
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

/**
 * The event target sends SUBSCRIBE and UNSUBSCRIBE without awaiting them. A subscriber that
 * disconnects while the server shuts down unsubscribes on a closed connection; that failure is
 * expected then and must not surface as an unhandled rejection. Any other failure is logged.
 */
function settledChannels(client: Redis, closing: () => boolean): Redis {
  const settle = (command: Promise<unknown>) =>
    command.catch((error: unknown) => {
      if (!closing()) console.error("event bus: Redis (un)subscribe failed", error);
    });
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === "subscribe" || key === "unsubscribe") {
        return (...channels: string[]) => settle(target[key](...channels));
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
