/** The ETag of a stream at `revision`, as single-resource reads answer it and If-Match names it. */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}
