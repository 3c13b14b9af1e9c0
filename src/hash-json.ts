import type { Hash } from 'node:crypto';
import { sha256 } from './sha256.ts';

/**
 * Feed `JSON.stringify(value)` to `hash` in pieces (a day or side page's model is tens of MB of
 * JSON: built as one string per page, they took the heap of a 10,000-report build past 1.8 GB);
 * returns its length. Plain objects and arrays are walked `depth` levels down; the pieces are
 * gathered into 64 KB strings, since each `update` call has a cost of its own.
 *
 * With `entities`, a plain object with a string `id` (a claim view, shown on its day, side and
 * place pages) stands in the text as `#` and the sha256 of its JSON, computed once per object
 * and kept in `entities`: each claim is serialised once per build instead of three times. It
 * is always replaced, wherever and whenever met, so the text still depends on the content alone.
 * Entities that `groupOf` puts in one list (a report's claims) are hashed as that list, each
 * standing for the list's digest and its index: one sha256 per list instead of per entity.
 */
export function hashJson(hash: Hash, value: unknown, depth: number, entities?: Entities): number {
  let pending = '';
  let size = 0;
  const emit = (text: string) => {
    pending += text;
    size += text.length;
    if (pending.length >= 1 << 16) {
      hash.update(pending);
      pending = '';
    }
  };
  const walk = (v: unknown, level: number) => {
    const plain = v !== null && typeof v === 'object' && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) && !('toJSON' in v);
    if (plain && entities && isEntity(v)) return emit(`"#${entityDigest(v, entities)}"`);
    if (level === 0 || !plain) return emit((entities ? JSON.stringify(v, replaceEntities(entities)) : JSON.stringify(v)) ?? 'null');
    if (Array.isArray(v)) {
      emit('[');
      v.forEach((item, i) => {
        if (i > 0) emit(',');
        walk(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, level - 1);
      });
      return emit(']');
    }
    emit('{');
    let first = true;
    for (const [key, item] of Object.entries(v)) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      walk(item, level - 1);
    }
    emit('}');
  };
  walk(value, depth);
  hash.update(pending);
  return size;
}

/** Digests of entities already met, and the lists entities are hashed in. */
export interface Entities {
  digests: WeakMap<object, string>;
  groupOf?: (entity: object) => readonly object[] | undefined;
  /**
   * A digest known for a group without serialising it: one of what its members are made of, made
   * by the code that made them (which must then change with every member's content). When
   * undefined, the group's JSON is hashed.
   */
  digestOf?: (group: readonly object[]) => string | undefined;
}

function entityDigest(entity: object, entities: Entities): string {
  const known = entities.digests.get(entity);
  if (known !== undefined) return known;
  const group = entities.groupOf?.(entity);
  if (group === undefined || !group.includes(entity)) {
    const digest = sha256(JSON.stringify(entity));
    entities.digests.set(entity, digest);
    return digest;
  }
  const digest = entities.digestOf?.(group) ?? sha256(JSON.stringify(group));
  group.forEach((member, i) => entities.digests.set(member, `${digest}.${i}`));
  return entities.digests.get(entity)!;
}

function isEntity(v: object): boolean {
  return !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype && typeof (v as { id?: unknown }).id === 'string' && !('toJSON' in v);
}

/** For `JSON.stringify` below the walked levels: entities there stand for their digest too. */
function replaceEntities(entities: Entities): (key: string, value: unknown) => unknown {
  return (_key, value) => (value !== null && typeof value === 'object' && isEntity(value) ? `#${entityDigest(value, entities)}` : value);
}
