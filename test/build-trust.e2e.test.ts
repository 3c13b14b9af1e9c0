import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it, mock } from 'node:test';
import { buildSite } from '../src/build-site.ts';
import { LIMITS } from '../src/guard-input.ts';
import type { RecordsExport } from '../src/model.ts';
import { describeError } from '../scripts/cli.ts';
import { runBuild, runScript, tempDir } from './helpers.ts';
import { claimsByReport, readRecords } from './records-file.ts';
import { isDangerousUrl, snapshot, tagsOf, visibleText, writeTree } from './trust-support.ts';

// Two small corpora written here, in our own words: one hostile but valid (it must build and
// publish no script), one with a bad file of every kind (it must fail, list every problem and
// leave the previous site as it was).

const STACK_LINE = /^\s+at .+\(?.*:\d+:\d+\)?$/mu;

function utf16(text: string, littleEndian: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = littleEndian ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
  return Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

const HOSTILE_HTML = [
  'Sampler of markup a sanitiser must stop',
  '<script>document.title = "taken over"</script>',
  '<img src=x onerror="alert(101)"> and <svg onload=alert(102)></svg>',
  '<iframe src="javascript:alert(103)"></iframe> <a href="javascript:alert(104)">plain anchor</a>',
  '<a href="data:text/html,<b>x</b>">data anchor</a> <div onclick="alert(105)">div words stay</div>',
  '[markdown link](javascript:alert(106)) and [data link](data:text/html;base64,PGI+eDwvYj4=) and [vb link](vbscript:msgbox(107))',
  '![picture](data:image/svg+xml;base64,PHN2Zz4=) [tabbed](java&#x09;script:alert(108)) <javascript:alert(109)>',
  'See [the reference][r1] for more.',
  '[r1]: javascript:alert(110)',
  'The ministry said that the night was calm near the river.',
].join('\n');

const TEMPLATE_SYNTAX = [
  'Template syntax sampler',
  'The clerk typed {{ 7 * 7 }} and {{ site.reports }} into the note.',
  'Then came {% include header %} and {%- raw -%} markers.',
  'A dollar brace ${ process.exit(1) } ended the note.',
].join('\n');

function bigProse(paragraphs: number): string {
  const lines = ['A very long account, November 5, 2020'];
  for (let i = 0; i < paragraphs; i++) lines.push(`Paragraph marker p${i} tells how the ministry said the convoy moved again before dawn, and how the villagers counted the trucks one by one on the old road.`.repeat(3));
  return lines.join('\n');
}

function manyBullets(n: number): string {
  return ['Digest of November 6, 2020', ...Array.from({ length: n }, (_, i) => `• Item marker b${i}: the officials said a bridge was repaired.`)].join('\n');
}

const GOOD: Record<string, string | Buffer> = {
  'hostile-html.md': HOSTILE_HTML,
  'template-syntax.txt': TEMPLATE_SYNTAX,
  'Report of 3 November.txt': 'Evening round-up, November 3, 2020\nOfficials said the road to the valley was open again.',
  'Отчёт за день.md': '---\ntitle: Дневной отчёт\ndate: 2020-11-04\n---\nThe ministry said the night passed without incident.',
  '報告.md': '---\ndate: 2020-11-04\n---\nObservers said the crossing was quiet.',
  'dots..%2f..%2fescape.txt': 'Escape attempt, November 4, 2020\nThe ministry said nothing about the folders.',
  'a b.txt': 'First twin, November 2, 2020\nOfficials said the first twin arrived.',
  'a-b.txt': 'Second twin, November 2, 2020\nOfficials said the second twin arrived.',
  'empty.txt': '',
  'crlf.txt': 'Windows line endings, November 1, 2020\r\nThe ministry said the CRLF words arrived intact.\r\n',
  'utf16le.txt': utf16('Little-endian note, November 1, 2020\r\nThe ministry said the LE words arrived intact.\r\n', true),
  'utf16be.txt': utf16('Big-endian note, November 1, 2020\nThe ministry said the BE words arrived intact.\n', false),
  'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ndate: 2020-11-01\n---\nThe ministry said the BOM words arrived intact.\n')]),
  'undated.txt': 'A note without a day\nThe ministry said the undated words arrived.',
  'big/prose.txt': bigProse(2000),
  'big/bullets.txt': manyBullets(5000),
};

describe('a hostile but valid corpus', () => {
  let seeds: string;
  let out: string;
  let stderr: string;
  let records: RecordsExport;
  let pages: Map<string, Buffer>;

  before(async () => {
    const dir = await tempDir('trust-good-');
    seeds = join(dir, 'seeds');
    out = join(dir, 'site');
    await writeTree(seeds, GOOD);
    await symlink('crlf.txt', join(seeds, 'link.txt'));
    const result = await runBuild(['--seeds', seeds, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    stderr = result.stderr;
    records = await readRecords(join(out, 'data', 'records.json'));
    pages = await snapshot(out);
  });

  const reportOf = (file: string) => {
    const r = records.reports.find((x) => x.file === file);
    assert.ok(r, `${file} has a record`);
    return r;
  };
  const claimsOf = (file: string) => claimsByReport(records).get(reportOf(file).id)!;
  const pageOf = (file: string) => {
    const html = pages.get(`reports/${reportOf(file).id}/index.html`);
    assert.ok(html, `${file} has a page`);
    return html.toString('utf8');
  };

  it('publishes no script, event handler, or javascript:/data:/vbscript: link on any page', () => {
    const htmlPages = [...pages].filter(([p]) => p.endsWith('.html'));
    assert.ok(htmlPages.length >= Object.keys(GOOD).length - 1);
    for (const [path, bytes] of htmlPages) {
      const tags = tagsOf(bytes.toString('utf8'));
      const csp = tags.find((t) => t.name === 'meta' && t.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy')?.attributes.get('content');
      assert.ok(csp, `${path}: a Content-Security-Policy`);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/u, `${path}: a strict policy`);
      for (const tag of tags) {
        for (const [name, value] of tag.attributes) {
          assert.ok(!name.startsWith('on'), `${path}: <${tag.name} ${name}=…> event handler`);
          assert.ok(!isDangerousUrl(value), `${path}: <${tag.name} ${name}="${value}">`);
        }
        assert.ok(!['iframe', 'object', 'embed'].includes(tag.name), `${path}: <${tag.name}>`);
        if (tag.name === 'script') assert.ok(!/alert|taken over/u.test(tag.body + (tag.attributes.get('src') ?? '')), `${path}: a script from a report`);
      }
    }
  });

  it('shows hostile markup as the text it is, and keeps the words around it', () => {
    const text = visibleText(pageOf('hostile-html.md'));
    for (const words of ['<script>document.title = "taken over"</script>', 'onerror="alert(101)"', 'div words stay', 'markdown link', 'The ministry said that the night was calm', '[r1]: javascript:alert(110)']) {
      assert.ok(text.includes(words), `the page shows ${words}`);
    }
  });

  it('shows template syntax in a report literally on its page', () => {
    const text = visibleText(pageOf('template-syntax.txt'));
    for (const literal of ['{{ 7 * 7 }}', '{{ site.reports }}', '{% include header %}', '{%- raw -%}', '${ process.exit(1) }']) assert.ok(text.includes(literal), literal);
  });

  it('reads CRLF, UTF-16 LE and BE, and UTF-8 with BOM files correctly', () => {
    const claims = (file: string) => claimsOf(file).map((c) => c.text).join(' ');
    assert.match(claims('crlf.txt'), /CRLF words arrived intact\.$/u);
    assert.match(claims('utf16le.txt'), /LE words arrived intact/u);
    assert.match(claims('utf16be.txt'), /BE words arrived intact/u);
    assert.equal(reportOf('bom.md').date, '2020-11-01', 'front matter behind a BOM is read');
    assert.ok(!JSON.stringify(records).includes('\\r'), 'no carriage return reaches the records');
  });

  it('gives files with spaces and non-Latin letters pages inside the reports folder, linked from the site', () => {
    const html = [...pages].filter(([p]) => p.endsWith('.html') && !p.startsWith('reports/')).map(([, b]) => b.toString('utf8')).join('\n');
    for (const file of ['Report of 3 November.txt', 'Отчёт за день.md', '報告.md', 'dots..%2f..%2fescape.txt']) {
      const { id } = reportOf(file);
      assert.match(id, /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, file);
      assert.ok(pages.has(`reports/${id}/index.html`), file);
      assert.ok(html.includes(`/reports/${id}/`), `${file} is linked`);
    }
    assert.equal(reportOf('Отчёт за день.md').title, 'Дневной отчёт');
    for (const path of pages.keys()) assert.ok(!path.includes('..') && !path.startsWith('/'), path);
  });

  it('writes nothing outside the output folder and leaves no staging folder behind', async () => {
    assert.deepEqual((await readdir(join(out, '..'))).sort(), ['seeds', 'site']);
  });

  it('keeps both reports whose names give the same id, under distinct ids, with the warning in records.json', () => {
    const first = reportOf('a b.txt');
    const second = reportOf('a-b.txt');
    assert.notEqual(first.id, second.id);
    for (const r of [first, second]) assert.ok(r.warnings.some((w) => /page address/u.test(w)), r.file);
    assert.match(stderr, /a-b\.txt: warning: .*\[id-clash\]/u);
  });

  it('prints warnings with file and rule id, keeps them in records.json, and prints no stack trace', () => {
    assert.ok(reportOf('undated.txt').warnings.some((w) => /No date found/u.test(w)));
    assert.match(stderr, /undated\.txt: warning: No date found.*\[date-missing\]\n {2}→ /u);
    assert.match(stderr, /link\.txt: warning: .*\[seed-symlink-inside\]/u);
    assert.doesNotMatch(stderr, STACK_LINE);
  });

  it('skips an empty file with a warning: no page, no record', () => {
    assert.ok(!records.reports.some((r) => r.file === 'empty.txt'));
    assert.match(stderr, /empty\.txt: warning: .*\[file-empty\]/u);
  });

  it('builds a report of 5,000 bullets and a long report, losing none of their items', () => {
    const claimText = (file: string) => claimsOf(file).map((c) => c.text).join('\n');
    const bullets = claimText('big/bullets.txt');
    for (let i = 0; i < 5000; i++) assert.ok(bullets.includes(`marker b${i}:`), `b${i}`);
    const prose = claimText('big/prose.txt');
    for (let i = 0; i < 2000; i++) assert.ok(prose.includes(`marker p${i} `), `p${i}`);
  });

  describe('then a build of a corpus with a bad file of every kind, into the same folder', () => {
    let broken: string;
    let marker: string;
    let build: Awaited<ReturnType<typeof runBuild>>;
    let previous: Map<string, Buffer>;

    before(async () => {
      const dir = await tempDir('trust-bad-');
      broken = join(dir, 'seeds');
      marker = join(dir, 'code-ran.txt');
      const outside = join(dir, 'outside.txt');
      await writeFile(outside, 'A file that is not in the seeds folder.');
      await writeTree(broken, {
        'good.txt': 'A fine report, November 3, 2020\nThe ministry said all was well.',
        'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
        'latin1.txt': Buffer.concat([Buffer.from('Title line\nThe caf'), Buffer.from([0xe9]), Buffer.from(' was open.\n')]),
        'bad-yaml.md': '---\ntitle: Fine\ndate: "2020-11-03\n---\nBody.',
        'bad-date.md': '---\ntitle: A day that never was\ndate: 2020-02-30\n---\nBody.',
        'bad-type.md': '---\ntitle: [one, two]\n---\nBody.',
        'exec.md': `---js\nrequire('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); ({ title: 'x' })\n---\nBody.`,
        'deep.txt': `Deep list\n${'- '.repeat(2000)}bottom`,
      });
      await symlink(outside, join(broken, 'leak.txt'));
      await writeFile(join(broken, 'huge.txt'), '');
      await truncate(join(broken, 'huge.txt'), LIMITS.maxFileBytes + 1);
      previous = await snapshot(out);
      build = await runBuild(['--seeds', broken, '--out', out]);
    });

    it('exits 1 after listing every problem with its file, line, column and rule id', () => {
      assert.equal(build.code, 1);
      const expected = [
        /\/bad-date\.md:3:1: error: .*2020-02-30.*\[front-matter-date\]/u,
        /\/bad-type\.md:2:1: error: .*\[front-matter-type\]/u,
        /\/bad-yaml\.md:[2-4]:\d+: error: Malformed YAML.*\[front-matter-yaml\]/u,
        /\/binary\.txt: error: .*binary.*\[encoding-binary\]/u,
        /\/exec\.md:1:4: error: .*\[front-matter-language\]/u,
        /\/huge\.txt: error: .*\[input-too-large\]/u,
        /\/latin1\.txt:2:8: error: .*byte offset 18.*\[encoding-invalid-utf8\]/u,
        /\/leak\.txt: error: .*outside the seeds folder.*\[seed-symlink-outside\]/u,
      ];
      for (const re of expected) assert.match(build.stderr, re);
      assert.match(build.stderr, /\/deep\.txt:2: warning: .*\[input-deep-nesting\]/u, 'warnings are listed too');
      assert.match(build.stderr, /Build failed: 8 error\(s\)/u);
      for (const line of build.stderr.split('\n').filter((l) => / error: /u.test(l))) assert.match(line, /\[[a-z0-9-]+\]$/u, line);
    });

    it('prints no stack trace, and runs no code from front matter', () => {
      assert.doesNotMatch(build.stderr, STACK_LINE);
      assert.equal(existsSync(marker), false);
    });

    it('leaves the previous site byte-for-byte as it was, with no staging folder beside it', async () => {
      assert.deepEqual(await snapshot(out), previous);
      assert.deepEqual((await readdir(join(out, '..'))).sort(), ['seeds', 'site']);
    });

    it('npm run check lists the same problems without building, and exits 1', async () => {
      const check = await runScript('check', ['--seeds', broken]);
      assert.equal(check.code, 1);
      const problems = (s: string) => s.split('\n').filter((l) => /: (?:error|warning): /u.test(l)).sort();
      assert.deepEqual(problems(check.stderr), problems(build.stderr));
      assert.match(check.stderr, /Check failed: 8 error\(s\)/u);
      assert.equal(existsSync(marker), false);
    });

    it('npm run check passes a good corpus and writes nothing', async () => {
      const before = await readdir(join(seeds, '..'));
      const check = await runScript('check', ['--seeds', seeds]);
      assert.equal(check.code, 0, check.stderr);
      assert.match(check.stdout, /Check passed: \d+ reports/u);
      assert.deepEqual(await readdir(join(seeds, '..')), before);
    });

    it('leaves the previous site as it was when Eleventy throws, and removes its staging folder', async () => {
      const good = await tempDir('trust-small-');
      await writeTree(good, { 'one.txt': 'A small report, November 3, 2020\nThe ministry said one thing.' });
      const failing = buildSite({
        seedsDir: good,
        outDir: out,
        pathPrefix: '/',
        configureEleventy: (config) =>
          config.addTransform('fail-on-purpose', () => {
            throw new Error('rendering failed on purpose');
          }),
      });
      const printed = ['log', 'warn', 'error'].map((m) => mock.method(console, m as 'log'));
      const error = await failing.then(() => null, (e: unknown) => e);
      mock.restoreAll();
      assert.ok(error, 'the build rejected');
      assert.match(describeError(error), /rendering failed on purpose/u, 'the cause reaches the message');
      assert.deepEqual(printed.map((p) => p.mock.callCount()), [0, 0, 0], 'Eleventy printed nothing (no stack trace)');
      assert.deepEqual(await snapshot(out), previous);
      assert.deepEqual((await readdir(join(out, '..'))).sort(), ['seeds', 'site']);
    });
  });
});

describe('the build command line', () => {
  it('prints one line and no stack trace for a failure outside the seeds, and the stack with --debug', async () => {
    const dir = await tempDir('trust-cli-');
    await writeTree(dir, { 'seeds/one.txt': 'A report, November 3, 2020\nThe ministry said one thing.', 'a-file': 'not a folder' });
    const args = ['--seeds', join(dir, 'seeds'), '--out', join(dir, 'a-file', 'site')];
    const plain = await runBuild(args);
    assert.equal(plain.code, 1);
    assert.match(plain.stderr, /Build failed: .*(?:ENOTDIR|EEXIST)/u);
    assert.doesNotMatch(plain.stderr, STACK_LINE);
    const debug = await runBuild([...args, '--debug']);
    assert.equal(debug.code, 1);
    assert.match(debug.stderr, STACK_LINE);
  });

  it('refuses to replace a folder it did not write, the seeds folder, or a folder around the seeds', async () => {
    const dir = await tempDir('trust-out-');
    await writeTree(dir, { 'seeds/one.txt': 'A report, November 3, 2020\nThe ministry said one thing.', 'mine/thesis.txt': 'Years of work.' });
    for (const outDir of [join(dir, 'mine'), join(dir, 'seeds'), dir, join(dir, 'seeds', 'site')]) {
      const before = await snapshot(dir);
      const result = await runBuild(['--seeds', join(dir, 'seeds'), '--out', outDir]);
      assert.equal(result.code, 1, outDir);
      assert.match(result.stderr, /Build failed: The output (?:folder|path) /u);
      assert.deepEqual(await snapshot(dir), before, `${outDir}: nothing changed`);
    }
  });

  it('exits 2 with the usage on an unknown option', async () => {
    const result = await runBuild(['--sedes', 'x']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Usage: npm run build/u);
  });
});
