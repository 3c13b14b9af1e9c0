import type { Hash } from 'node:crypto';

/**
 * Feed `JSON.stringify(value)` to `hash` in pieces (a day or side page's model is tens of MB of
 * JSON: built as one string per page, they took the heap of a 10,000-report build past 1.8 GB);
 * returns its length. Plain objects and arrays are walked `depth` levels down; the pieces are
 * gathered into 64 KB strings, since each `update` call has a cost of its own.
 */
export function hashJson(hash: Hash, value: unknown, depth: number): number {
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
    if (level === 0 || !plain) return emit(JSON.stringify(v) ?? 'null');
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
