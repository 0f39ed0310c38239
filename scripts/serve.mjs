// A small static server for www/ on 127.0.0.1, with the right MIME types and no caching.
// Pages whose name starts with "csp-" are served with the strict Content-Security-Policy
// that partner sites are promised to be able to use. Under /no-wasm/ the same files are served
// with a policy that blocks WebAssembly (no 'wasm-unsafe-eval'), to test the fallback.
// Every file is sent with `Access-Control-Allow-Origin: *`: the generator's snippets carry
// `crossorigin` and `integrity`, which make a page of another origin (a partner's CMS) fetch
// the module, the glue, the wasm, the CSS and the data in CORS mode; without the header the
// browser blocks them and the widget stays empty. Under /no-cors/ the same files are served
// without it (and under /wrong-mime/ the wasm as application/octet-stream), so that tests can
// show what the generator's check says about such a host.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../www/', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export const NO_WASM_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export function serve(port = 8000, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // Test hook: a data URL that never answers, to exercise the loading timeout.
    if (url.pathname.startsWith('/never/')) return;
    const hook = /^\/(no-wasm|no-cors|wrong-mime)\//.exec(url.pathname)?.[1];
    const noWasm = hook === 'no-wasm';
    const pathname = hook ? url.pathname.slice(hook.length + 1) : url.pathname;
    let path = normalize(join(root, decodeURIComponent(pathname)));
    if (!path.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const headers = {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      if (hook !== 'no-cors') headers['access-control-allow-origin'] = '*';
      if (hook === 'wrong-mime' && extname(path) === '.wasm') headers['content-type'] = 'application/octet-stream';
      if (noWasm && extname(path) === '.html') headers['content-security-policy'] = NO_WASM_CSP;
      else if (/\/csp-[^/]*\.html$/.test(path)) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  await serve(port);
  console.log(`gmg-widgets demo: http://127.0.0.1:${port}/`);
}
