import type { handleBidiStreamingCall } from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { AllStreamPosition, WrongExpectedVersion, type UUID } from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { BatchAppendReq, BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { AppendOutcome, ExpectedState, InMemoryLog, ProposedEvent } from './in-memory-log';
import { uuidOf } from './messages';
import { streamNameOf } from './read-request';

interface PendingBatch {
  options: BatchAppendReq.Options;
  events: ProposedEvent[];
}

/**
 * Streams.BatchAppend: one long-lived bidirectional call carries many appends.
 * An append may span several requests sharing a correlation id; the first
 * carries the options, the one marked final triggers the write, and the reply
 * echoes the correlation id. The per-append deadline is not enforced.
 */
export function createBatchAppendHandler(log: InMemoryLog): handleBidiStreamingCall<BatchAppendReq, BatchAppendResp> {
  return (call) => {
    const pending = new Map<string, PendingBatch>();
    call.on('data', (request: BatchAppendReq) => {
      const correlationId = uuidOf(request.getCorrelationId());
      const options = pending.get(correlationId)?.options ?? request.getOptions();
      if (!options) return;
      const batch = pending.get(correlationId) ?? { options, events: [] };
      batch.events.push(...request.getProposedMessagesList().map(proposedEvent));
      if (!request.getIsFinal()) {
        pending.set(correlationId, batch);
        return;
      }
      pending.delete(correlationId);
      const outcome = log.append(streamNameOf(options.getStreamIdentifier()), expectedState(options), batch.events);
      call.write(response(request.getCorrelationId(), options, outcome));
    });
    call.on('end', () => call.end());
  };
}

function proposedEvent(message: BatchAppendReq.ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: uuidOf(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

function expectedState(options: BatchAppendReq.Options): ExpectedState {
  switch (options.getExpectedStreamPositionCase()) {
    case BatchAppendReq.Options.ExpectedStreamPositionCase.STREAM_POSITION:
      return { kind: 'revision', revision: Number(options.getStreamPosition()) };
    case BatchAppendReq.Options.ExpectedStreamPositionCase.NO_STREAM:
      return { kind: 'no_stream' };
    case BatchAppendReq.Options.ExpectedStreamPositionCase.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      return { kind: 'any' };
  }
}

function response(correlationId: UUID | undefined, options: BatchAppendReq.Options, outcome: AppendOutcome): BatchAppendResp {
  const reply = new BatchAppendResp().setCorrelationId(correlationId).setStreamIdentifier(options.getStreamIdentifier());
  const expected = expectedState(options);
  if (outcome.kind === 'success') return reply.setSuccess(success(outcome.currentRevision, outcome.position));
  const details = new WrongExpectedVersion();
  if (outcome.currentRevision >= 0) details.setCurrentStreamRevision(String(outcome.currentRevision));
  else details.setCurrentNoStream(new Empty());
  switch (expected.kind) {
    case 'revision':
      details.setExpectedStreamPosition(String(expected.revision));
      break;
    case 'no_stream':
      details.setExpectedNoStream(new Empty());
      break;
    case 'stream_exists':
      details.setExpectedStreamExists(new Empty());
      break;
    case 'any':
      details.setExpectedAny(new Empty());
      break;
  }
  const packed = new Any();
  packed.pack(details.serializeBinary(), 'event_store.client.WrongExpectedVersion');
  return reply.setError(new Status().setCode(Code.FAILED_PRECONDITION).setMessage('Wrong expected version').setDetails(packed));
}

function success(currentRevision: number, position: number | undefined): BatchAppendResp.Success {
  const result = new BatchAppendResp.Success();
  if (currentRevision >= 0) result.setCurrentRevision(String(currentRevision));
  else result.setNoStream(new Empty());
  if (position === undefined) return result.setNoPosition(new Empty());
  return result.setPosition(new AllStreamPosition().setCommitPosition(String(position)).setPreparePosition(String(position)));
}
