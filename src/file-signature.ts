import type { BigIntStats } from 'node:fs';

/**
 * A file's identity and timestamps (device, inode, size, nanosecond modification and change
 * times): equal signatures, equal bytes. Any write sets the change time, which no tool can set
 * back, so a file rewritten with its old size and modification time (`rsync -t`, `cp -p`)
 * still has another signature.
 */
export function fileSignature(stat: BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}
