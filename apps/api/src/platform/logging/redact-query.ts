/**
 * Query parameters whose values may appear in a log line: ids, positions,
 * dates, paging and filters that name no person. Any other parameter's value
 * (`q`, `phone`, `name`, and whatever a later route adds) is replaced, so a
 * new search field cannot leak personal data into the logs by default.
 */
const LOGGABLE_PARAMETERS = new Set([
  'activityId',
  'actor',
  'actorId',
  'asOf',
  'category',
  'communityId',
  'cursor',
  'direction',
  'format',
  'from',
  'fromPosition',
  'fromRevision',
  'kind',
  'limit',
  'month',
  'offset',
  'order',
  'page',
  'pageSize',
  'partnerId',
  'rewardId',
  'sort',
  'starLevel',
  'status',
  'streamId',
  'teamId',
  'to',
  'toPosition',
  'type',
  'unitId',
  'volunteerId',
  'year',
]);

export const REDACTED_VALUE = '[redacted]';

/** The request target as it may be logged: the path as sent, the values of parameters not known to be harmless replaced. */
export function redactQuery(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const query = url
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return LOGGABLE_PARAMETERS.has(decodedName(name)) || (equals === -1 && name === '') ? pair : `${name}=${REDACTED_VALUE}`;
    })
    .join('&');
  return `${url.slice(0, start)}?${query}`;
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
