// The nginx and Apache configuration in README ("The HTTP headers the app
// needs"), copied from it as a trust's web team would, serving dist/ on
// 127.0.0.1: each kind of file gets its type, the app's Content Security
// Policy, the caching its name calls for, and compression.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../tools/static-server.mjs';

const README = readFileSync('README.md', 'utf8');
const section = README.slice(README.indexOf('### The HTTP headers the app needs'));
const block = (language) => section.match(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``))[1];
const dist = readdirSync('dist', { recursive: true });
const named = (pattern) => dist.find((file) => pattern.test(file));

const IMMUTABLE = 'public, max-age=31536000, immutable';
// Each kind of file of dist/: its type, and whether its name has a content hash.
const FILES = [
  ['', 'text/html; charset=utf-8', 'no-cache'],
  ['index.html', 'text/html; charset=utf-8', 'no-cache'],
  [named(/^boot-[0-9a-f]{16}\.js$/), /^(text|application)\/javascript; charset=utf-8$/, IMMUTABLE],
  [named(/^imha-rights-checker-[0-9a-f]{16}\.js$/), /^(text|application)\/javascript; charset=utf-8$/, IMMUTABLE],
  [named(/_bg\.wasm$/), 'application/wasm', IMMUTABLE],
  [named(/^main-[0-9a-f]{16}\.css$/), 'text/css; charset=utf-8', IMMUTABLE],
  ['embed.js', /^(text|application)\/javascript; charset=utf-8$/, 'no-cache'],
  ['iframe-host.js', /^(text|application)\/javascript; charset=utf-8$/, 'no-cache'],
  [named(/^snippets\/.*\.js$/), /^(text|application)\/javascript; charset=utf-8$/, 'no-cache'],
  ['providers.json', 'application/json; charset=utf-8', 'no-cache'],
  ['locales/cy.ftl', 'text/plain; charset=utf-8', 'no-cache'],
  ['locales/review/cy.terms.toml', 'text/plain; charset=utf-8', 'no-cache'],
  ['assets/easyread/yes.svg', 'image/svg+xml; charset=utf-8', 'no-cache'],
];

/** A GET with raw headers (no decompression), its body discarded. */
const get = (port, path, headers = {}) => new Promise((done, fail) => {
  request({ host: '127.0.0.1', port, path, headers }, (response) => {
    response.resume();
    response.on('end', () => done(response));
  }).on('error', fail).end();
});

/** A port nothing listens on now, for a server that cannot report the one it took. */
const freePort = () => new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});

async function waitForPort(port) {
  for (let tries = 0; tries < 50; tries += 1) {
    try {
      return await get(port, '/');
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`nothing listening on 127.0.0.1:${port}`);
}

const folder = mkdtempSync(join(tmpdir(), 'web-servers-'));
chmodSync(folder, 0o755); // Apache reads the files as www-data
const www = join(folder, 'www');
mkdirSync(www);
cpSync('dist', join(www, 'imha'), { recursive: true });

const SERVERS = {
  nginx: {
    start() {
      const config = block('nginx').replace('root /var/www;', `root ${www};`);
      const at = config.indexOf('\nlocation ');
      writeFileSync(join(folder, 'nginx.conf'), `
        worker_processes 1;
        pid ${folder}/nginx.pid;
        error_log ${folder}/nginx-error.log;
        events {}
        http {
          include /etc/nginx/mime.types;
          default_type application/octet-stream;
          access_log off;
          client_body_temp_path ${folder}/nginx-body;
          ${config.slice(0, at)}
          server {
            listen 127.0.0.1:${this.port};
            ${config.slice(at)}
          }
        }`);
      execFileSync('/usr/sbin/nginx', ['-p', folder, '-c', join(folder, 'nginx.conf')]);
    },
    stop() {
      execFileSync('/usr/sbin/nginx', ['-p', folder, '-c', join(folder, 'nginx.conf'), '-s', 'stop']);
    },
  },
  apache: {
    start() {
      const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers', 'filter', 'deflate', 'brotli']
        .map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join('\n');
      writeFileSync(join(folder, 'httpd.conf'), `
        ${modules}
        ServerName 127.0.0.1
        Listen 127.0.0.1:${this.port}
        User www-data
        Group www-data
        PidFile ${folder}/apache.pid
        ErrorLog ${folder}/apache-error.log
        TypesConfig /etc/mime.types
        DocumentRoot ${www}
        DirectoryIndex index.html
        ${block('apache').replace('"/var/www/html/imha"', `"${www}/imha"`)}`);
      execFileSync('/usr/sbin/apache2', ['-f', join(folder, 'httpd.conf'), '-k', 'start']);
    },
    stop() {
      execFileSync('/usr/sbin/apache2', ['-f', join(folder, 'httpd.conf'), '-k', 'stop']);
    },
  },
};

before(async () => {
  for (const server of Object.values(SERVERS)) {
    server.port = await freePort();
    server.start();
    server.started = true;
    await waitForPort(server.port);
  }
});
after(() => {
  for (const server of Object.values(SERVERS)) if (server.started) server.stop();
});

test('the README gives every server the policy the tests run under, which only the trust’s own pages may frame', () => {
  const policy = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;
  for (const language of ['nginx', 'apache', 'xml']) assert.ok(block(language).includes(`"${policy}"`), language);
});

for (const [name, server] of Object.entries(SERVERS)) {
  test(`${name}, configured as the README says, sends each kind of file with its type, the policy and its caching`, async () => {
    for (const [file, type, caching] of FILES) {
      const response = await get(server.port, `/imha/${file}`);
      assert.equal(response.statusCode, 200, file);
      if (type instanceof RegExp) assert.match(response.headers['content-type'], type, file);
      else assert.equal(response.headers['content-type'], type, file);
      assert.equal(response.headers['cache-control'], caching, file);
      assert.equal(response.headers['content-security-policy'], `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`, file);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', file);
      assert.equal(response.headers['referrer-policy'], 'no-referrer', file);
    }
  });

  test(`${name} compresses every kind of file (over a kilobyte), and revalidates a kept copy`, async () => {
    // Apache leaves a file of a few bytes as it is; compression matters above a kilobyte.
    const large = FILES.filter(([file]) => statSync(join('dist', file || 'index.html')).size > 1024);
    for (const [file] of large) {
      const response = await get(server.port, `/imha/${file}`, { 'Accept-Encoding': 'gzip' });
      assert.equal(response.headers['content-encoding'], 'gzip', file);
      assert.match(response.headers.vary ?? '', /Accept-Encoding/i, file);
    }
    if (name === 'apache') {
      const response = await get(server.port, `/imha/${named(/_bg\.wasm$/)}`, { 'Accept-Encoding': 'br, gzip' });
      assert.equal(response.headers['content-encoding'], 'br');
    }
    const first = await get(server.port, '/imha/locales/cy.ftl');
    const validator = first.headers.etag
      ? { 'If-None-Match': first.headers.etag }
      : { 'If-Modified-Since': first.headers['last-modified'] };
    assert.equal((await get(server.port, '/imha/locales/cy.ftl', validator)).statusCode, 304);
  });
}
