import type { WuyeCore, WuyeRequestOptions } from "../core/core.ts";
import type { PageIterator } from "../core/paginate.ts";
import type { MutationResultOf } from "../core/results.ts";
import { subscribeOverSse, type WuyeSubscribeOptions } from "../core/subscribe.ts";
import {
  ComplaintAssignDocument,
  type ComplaintAssignInput,
  type ComplaintAssignMutation,
  ComplaintClassifyDocument,
  type ComplaintClassifyInput,
  type ComplaintClassifyMutation,
  ComplaintCloseDocument,
  type ComplaintCloseInput,
  type ComplaintCloseMutation,
  ComplaintDocument,
  type ComplaintFieldsFragment,
  ComplaintFileDocument,
  type ComplaintFileInput,
  type ComplaintFileMutation,
  type ComplaintFilter,
  ComplaintHandleDocument,
  type ComplaintHandleInput,
  type ComplaintHandleMutation,
  ComplaintHistoryDocument,
  type ComplaintOrder,
  ComplaintReplyDocument,
  type ComplaintReplyInput,
  type ComplaintReplyMutation,
  ComplaintStatusChangedDocument,
  type ComplaintStatusChangedSubscription,
  ComplaintsDocument,
  type WorkflowEventFieldsFragment,
} from "../generated/graphql.ts";
import { type ListParams, listConnection, mapEvents, mutate, nodeOfType } from "./support.ts";

/** A complaint 投诉 (R-CMP-1…6) as the list and detail return it. */
export type Complaint = ComplaintFieldsFragment;
/** One step of a workflow record's history (R-QLT-2), oldest first. */
export type WorkflowEvent = WorkflowEventFieldsFragment;
export type ComplaintFileResult = MutationResultOf<ComplaintFileMutation["complaintFile"]>;
export type ComplaintClassifyResult = MutationResultOf<ComplaintClassifyMutation["complaintClassify"]>;
export type ComplaintAssignResult = MutationResultOf<ComplaintAssignMutation["complaintAssign"]>;
export type ComplaintHandleResult = MutationResultOf<ComplaintHandleMutation["complaintHandle"]>;
export type ComplaintReplyResult = MutationResultOf<ComplaintReplyMutation["complaintReply"]>;
export type ComplaintCloseResult = MutationResultOf<ComplaintCloseMutation["complaintClose"]>;
/** A complaint changed state: the action, the two states, and the complaint as the viewer sees it now. */
export type ComplaintStatusChange = ComplaintStatusChangedSubscription["complaintStatusChanged"];

export interface ComplaintListParams extends ListParams {
  readonly filter?: ComplaintFilter;
  readonly orderBy?: ComplaintOrder;
}

/**
 * Complaints: staff of the estate see its complaints, an owner or tenant the ones they filed, an
 * API key needs `complaints:read`. Each step is a mutation whose refusals come back as values.
 */
export class ComplaintsResource {
  readonly #core: WuyeCore;

  constructor(core: WuyeCore) {
    this.#core = core;
  }

  /** Complaints the viewer may see, newest first, filtered by estate, status or severity. */
  list(params: ComplaintListParams = {}, options: WuyeRequestOptions = {}): PageIterator<Complaint> {
    const { filter, orderBy } = params;
    return listConnection(
      this.#core,
      ComplaintsDocument,
      (page) => ({ ...page, filter, orderBy }),
      (data) => data.complaints,
      params,
      options,
    );
  }

  /** One complaint; `null` when there is none the viewer may see. */
  async get(id: string, options: WuyeRequestOptions = {}): Promise<Complaint | null> {
    const { data } = await this.#core.execute(ComplaintDocument, { id }, options);
    return nodeOfType(data.node, "Complaint");
  }

  /** Every step of a complaint, oldest first. */
  history(
    id: string,
    params: ListParams = {},
    options: WuyeRequestOptions = {},
  ): PageIterator<WorkflowEvent> {
    return listConnection(
      this.#core,
      ComplaintHistoryDocument,
      (page) => ({ ...page, id }),
      (data) => nodeOfType(data.node, "Complaint")?.history,
      params,
      options,
    );
  }

  /** R-CMP-1: records a complaint (staff at the desk, or an owner or tenant online). */
  file(input: ComplaintFileInput, options: WuyeRequestOptions = {}): Promise<ComplaintFileResult> {
    return mutate(this.#core, ComplaintFileDocument, { input }, (data) => data.complaintFile, options);
  }

  /**
   * R-CMP-2/3/4: the supervisor classifies severity from facts; the payload lists whom to tell
   * and by when. Pass `expectedVersion` to be refused (`ConflictError`) if someone acted first.
   */
  classify(
    input: ComplaintClassifyInput,
    options: WuyeRequestOptions = {},
  ): Promise<ComplaintClassifyResult> {
    return mutate(
      this.#core,
      ComplaintClassifyDocument,
      { input },
      (data) => data.complaintClassify,
      options,
    );
  }

  /** R-CMP-5: the supervisor sends the complaint to the department that must act. */
  assign(input: ComplaintAssignInput, options: WuyeRequestOptions = {}): Promise<ComplaintAssignResult> {
    return mutate(this.#core, ComplaintAssignDocument, { input }, (data) => data.complaintAssign, options);
  }

  /** R-CMP-5: the department records how it handled the complaint. */
  handle(input: ComplaintHandleInput, options: WuyeRequestOptions = {}): Promise<ComplaintHandleResult> {
    return mutate(this.#core, ComplaintHandleDocument, { input }, (data) => data.complaintHandle, options);
  }

  /** R-CMP-4: the reply to the complainant, within the answer deadline. */
  reply(input: ComplaintReplyInput, options: WuyeRequestOptions = {}): Promise<ComplaintReplyResult> {
    return mutate(this.#core, ComplaintReplyDocument, { input }, (data) => data.complaintReply, options);
  }

  /** R-CMP-6: closes the complaint with the complainant's confirmation and satisfaction. */
  close(input: ComplaintCloseInput, options: WuyeRequestOptions = {}): Promise<ComplaintCloseResult> {
    return mutate(this.#core, ComplaintCloseDocument, { input }, (data) => data.complaintClose, options);
  }

  /**
   * Status changes as they happen, over SSE: of one complaint, or of every complaint the viewer
   * may see. `for await (const change of client.complaints.onStatusChanged({ complaintId }))`;
   * leave the loop (or abort `options.signal`) to stop.
   */
  onStatusChanged(
    params: { readonly complaintId?: string } = {},
    options: WuyeSubscribeOptions = {},
  ): AsyncGenerator<ComplaintStatusChange, void, undefined> {
    return mapEvents(
      subscribeOverSse(
        this.#core,
        ComplaintStatusChangedDocument,
        { complaintId: params.complaintId ?? null },
        options,
      ),
      (result) => result.complaintStatusChanged,
    );
  }
}
