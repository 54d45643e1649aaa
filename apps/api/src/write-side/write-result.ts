/** What every write answers: the ids it created and the log position to wait for (X-Min-Position). */
export interface WriteResult {
  position: number | null;
  [id: string]: unknown;
}
