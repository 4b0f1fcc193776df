// Appending many items without spreading them into one call: `a.push(...b)` passes every item as an argument and
// overflows the stack past ~125,000 of them (a 200,000-row workbook).

export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
