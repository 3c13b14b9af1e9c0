/**
 * A count with its noun, singular or plural.
 *
 * @example
 *   countLabel(1, 'claim') // '1 claim'
 *   countLabel(3, 'claim') // '3 claims'
 *   countLabel(2, 'piece set aside', 'pieces set aside') // '2 pieces set aside'
 */
export function countLabel(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
