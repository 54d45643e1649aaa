import type { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { RecordedEnvelope } from './event-envelope';

/** 100-nanosecond ticks per millisecond: the server reports `created` in .NET ticks since the Unix epoch. */
const TICKS_PER_MILLISECOND = 10_000n;

/** The same fields the client's own reads deliver, decoded from a raw Read response. */
export function recordedEventFromProto(recorded: ReadResp.ReadEvent.RecordedEvent): RecordedEnvelope {
  const metadataMap = recorded.getMetadataMap();
  const isJson = metadataMap.get('content-type') === 'application/json';
  const data = recorded.getData_asU8();
  const customMetadata = recorded.getCustomMetadata_asU8();
  const created = metadataMap.get('created');
  return {
    streamId: Buffer.from(recorded.getStreamIdentifier()?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8'),
    // We ask for ids as strings (the other option is two 64-bit halves).
    id: recorded.getId()?.getString() ?? '',
    revision: BigInt(recorded.getStreamRevision()),
    type: metadataMap.get('type') ?? '',
    isJson,
    data: isJson ? parseJson(data) : data,
    metadata: customMetadata.length > 0 ? parseJson(customMetadata) : undefined,
    created: new Date(created ? Number(BigInt(created) / TICKS_PER_MILLISECOND) : 0),
    position: { commit: BigInt(recorded.getCommitPosition()), prepare: BigInt(recorded.getPreparePosition()) },
  };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return bytes;
  }
}
