import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractorVersion, moduleGraphVersion } from '../src/code-version.ts';
import { tempDir } from './helpers.ts';

async function project(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('graph-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const FILES = {
  'src/pipeline.ts': "import { parse } from './parse.ts';\nexport const run = parse;\n",
  'src/parse.ts': "import type { Tree } from './model.ts';\nexport function parse(): Tree | null { return null; }\n",
  'src/model.ts': 'export interface Tree { kind: string }\n',
  'src/site.ts': 'export const title = "Timeline";\n',
  'lock.json': '{"remark": "11.0.0"}\n',
};

describe('extractor version', () => {
  const versionOf = (dir: string, tag = 'node 20') => moduleGraphVersion([join(dir, 'src/pipeline.ts')], [join(dir, 'lock.json')], tag);

  it('changes when a module the pipeline imports, even for types only, changes', async () => {
    const dir = await project(FILES);
    const before = await versionOf(dir);
    await writeFile(join(dir, 'src/model.ts'), 'export interface Tree { kind: string; depth: number }\n');
    assert.notEqual(await versionOf(dir), before);
  });

  it('changes with the lock file and with the runtime', async () => {
    const dir = await project(FILES);
    const before = await versionOf(dir);
    assert.notEqual(await versionOf(dir, 'node 22'), before);
    await writeFile(join(dir, 'lock.json'), '{"remark": "11.0.1"}\n');
    assert.notEqual(await versionOf(dir), before);
  });

  it('stays the same when only a module outside the pipeline changes, or the project moves', async () => {
    const dir = await project(FILES);
    const before = await versionOf(dir);
    await writeFile(join(dir, 'src/site.ts'), 'export const title = "Another";\n');
    assert.equal(await versionOf(dir), before);
    assert.equal(await versionOf(await project(FILES)), before);
  });

  it('is derived for this checkout: a hex digest, the same on each call', async () => {
    const version = await extractorVersion();
    assert.match(version, /^[0-9a-f]{64}$/);
    assert.equal(await extractorVersion(), version);
  });
});
