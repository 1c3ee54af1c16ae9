import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { PageIterator } from "../core/paginate.ts";
import { subscribeOverSse, type WuyeSubscribeOptions } from "../core/subscribe.ts";
import {
  type AnnouncementFieldsFragment,
  type AnnouncementFilter,
  AnnouncementPublishedDocument,
  type AnnouncementPublishedSubscription,
  AnnouncementsDocument,
} from "../generated/graphql.ts";
import { type ListParams, listConnection, mapEvents } from "./support.ts";

/** An announcement 公告 to an estate (or some of its buildings). */
export type Announcement = AnnouncementFieldsFragment;
/** An announcement was published. */
export type AnnouncementPublication = AnnouncementPublishedSubscription["announcementPublished"];

export interface AnnouncementListParams extends ListParams {
  readonly filter?: AnnouncementFilter;
}

/** Announcements: what residents read in their portal, and staff publish. */
export class AnnouncementsResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /** Announcements the viewer may see (`current: true` for those in force today). */
  list(params: AnnouncementListParams = {}, options: WuyeRequestOptions = {}): PageIterator<Announcement> {
    const { filter } = params;
    return listConnection(
      this.#core,
      AnnouncementsDocument,
      (page) => ({ ...page, filter }),
      (data) => data.announcements,
      params,
      options,
    );
  }

  /** Announcements as they are published in the viewer's estates. */
  onPublished(options: WuyeSubscribeOptions = {}): AsyncGenerator<AnnouncementPublication, void, undefined> {
    return mapEvents(
      subscribeOverSse(this.#core, AnnouncementPublishedDocument, {}, options),
      (result) => result.announcementPublished,
    );
  }
}
