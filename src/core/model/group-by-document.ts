/** Items grouped by their `documentId`, each group in the items' order. */
export function groupByDocumentId<T extends { documentId: string }>(
  list: readonly T[] = [],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const group = out.get(item.documentId);
    if (group) group.push(item);
    else out.set(item.documentId, [item]);
  }
  return out;
}
