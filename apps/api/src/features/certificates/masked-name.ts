/** A public check shows whose certificate it is without the full name: 张三 → 张*. */
export function maskedName(name: string): string {
  const [first] = Array.from(name);
  return first === undefined ? '*' : `${first}*`;
}
