/** Fails listing every position that does not exceed the one before it. */
export function expectStrictlyIncreasing(positions: number[]): void {
  const violations = positions.filter((position, index) => index > 0 && position <= positions[index - 1]);
  expect(violations).toEqual([]);
}
