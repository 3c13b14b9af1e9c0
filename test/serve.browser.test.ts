import assert from 'node:assert/strict';
import { appendFile, cp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import type { RecordsExport } from '../src/model.ts';
import { SEEDS, tempDir } from './helpers.ts';
import { type Running, start } from './watch-support.ts';

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm run serve (preview with live reload)', () => {
  let root: string;
  let seeds: string;
  let out: string;
  let serving: Running;
  let browser: Browser;

  before(async () => {
    root = await tempDir('serve-');
    seeds = join(root, 'seeds');
    out = join(root, 'preview');
    await cp(SEEDS, seeds, { recursive: true });
    const port = await freePort();
    serving = start('serve', ['--seeds', seeds, '--out', out, '--cache', join(root, 'cache'), '--port', String(port)]);
    browser = await launchChromium();
    await serving.printed(/^Watching /);
  });

  after(async () => {
    await browser?.close();
    serving.kill('SIGKILL');
  });

  it('reloads an open report page with the claim an editor just added to its seed', async () => {
    const server = /Server at (http:\/\/\S+?)\/?$/mu.exec(serving.output())?.[1];
    assert.ok(server, `the server says where it listens:\n${serving.output()}`);
    const records = JSON.parse(await readFile(join(out, 'data', 'records.json'), 'utf8')) as RecordsExport;
    const report = records.reports[0]!;
    const page = await browser.newPage();
    await page.goto(`${server}/reports/${report.id}/`);
    assert.equal(await page.getByText('ferry at Hilltown').count(), 0);
    await appendFile(join(seeds, report.file), '\n• The ferry at Hilltown stopped running at noon, the Azerbaijani Defense Ministry said.\n');
    // Nobody reloads the page: the preview tells it to once the site is built again.
    await page.getByText('ferry at Hilltown').first().waitFor({ timeout: 60_000 });
    assert.match(serving.output(), /Done in /u);
    await page.close();
  });

  it('stops on Ctrl-C, server and all, with exit code 0', async () => {
    serving.kill('SIGINT');
    assert.equal(await Promise.race([serving.exited, sleep(15_000, 'still running', { ref: false })]), 0);
  });
});
