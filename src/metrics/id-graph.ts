// Small graph facts on plain id lists (no graphology): for the stages after metrics, which get
// ids and ties, not graphs (the figures' cluster rule, the reading of the networks).

import { compareIds } from './ids.ts';

export type Neighbours = Map<string, string[]>;

export function neighboursOf(ids: readonly string[], ties: readonly (readonly [string, string])[]): Neighbours {
  const map: Neighbours = new Map(ids.map((id) => [id, [] as string[]]));
  for (const [a, b] of ties) {
    map.get(a)?.push(b);
    map.get(b)?.push(a);
  }
  for (const list of map.values()) list.sort(compareIds);
  return map;
}

/** Connected pieces of the persons in `within` (all persons when omitted), each sorted, largest first. */
export function pieces(neighbours: Neighbours, within?: ReadonlySet<string>): string[][] {
  const inside = (id: string) => within === undefined || within.has(id);
  const seen = new Set<string>();
  const result: string[][] = [];
  for (const start of [...neighbours.keys()].sort(compareIds)) {
    if (seen.has(start) || !inside(start)) continue;
    const piece: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const id = stack.pop()!;
      piece.push(id);
      for (const next of neighbours.get(id) ?? []) {
        if (!seen.has(next) && inside(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    result.push(piece.sort(compareIds));
  }
  return result.sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
}

/** Ties whose removal splits their component (Tarjan's bridges, iterative), as "a\u0000b" keys with a < b. */
export function bridges(neighbours: Neighbours): Set<string> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const found = new Set<string>();
  let counter = 0;
  for (const root of [...neighbours.keys()].sort(compareIds)) {
    if (order.has(root)) continue;
    const stack: { id: string; parent: string | null; next: number }[] = [{ id: root, parent: null, next: 0 }];
    order.set(root, counter);
    low.set(root, counter++);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const list = neighbours.get(frame.id)!;
      if (frame.next < list.length) {
        const other = list[frame.next++]!;
        if (other === frame.parent) continue;
        if (order.has(other)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, order.get(other)!));
        } else {
          order.set(other, counter);
          low.set(other, counter++);
          stack.push({ id: other, parent: frame.id, next: 0 });
        }
        continue;
      }
      stack.pop();
      if (frame.parent !== null) {
        const parent = frame.parent;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
        if (low.get(frame.id)! > order.get(parent)!) found.add(tieKey(parent, frame.id));
      }
    }
  }
  return found;
}

export function tieKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Freeman degree centralisation: Σ(max − dᵢ) / ((n − 1)(n − 2)); 0 for fewer than three persons. */
export function degreeCentralization(degree: Readonly<Record<string, number>>): number {
  const values = Object.values(degree);
  const n = values.length;
  if (n < 3) return 0;
  const max = Math.max(...values);
  return values.reduce((sum, d) => sum + (max - d), 0) / ((n - 1) * (n - 2));
}
