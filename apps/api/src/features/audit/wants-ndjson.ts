export const NDJSON = 'application/x-ndjson';

/** Only an explicit Accept: application/x-ndjson switches a route to the streamed export. */
export function wantsNdjson(accept: string | undefined): boolean {
  return accept !== undefined && accept.toLowerCase().includes(NDJSON);
}
