// Requests for data and for the files shipped beside the module: one request per address,
// with a timeout, a size limit and a page's broken fetch answered like a dead link.
import { Decoder, G, later, pageFetch, warn } from './env.js';

/** The largest data text read (bytes): as `MAX_TEXT_BYTES` in the Rust data layer. */
export const MAX_DATA_BYTES = 4 * 1024 * 1024;
/** The timeout of a data request when none (or no usable one) is given, and the longest. */
export const TIMEOUT = 10000;
const MAX_TIMEOUT = 120000;
/** `timeout` as given (attribute text or number): a finite, positive number of ms, else the default. */
export function timeoutOf(v) {
  if (v === undefined || v === null || v === '') return TIMEOUT;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) {
    warn(`timeout ${JSON.stringify(String(v))} is not a positive number of milliseconds; using ${TIMEOUT}`);
    return TIMEOUT;
  }
  return Math.min(n, MAX_TIMEOUT);
}

const texts = new Map(); // absolute src -> {answer: Promise, until}: one request per src

/** A failure of a request, with what the page's maintainer needs (kind, status, message). */
export const failure = (kind, message, status) => ({ kind, message, ...(status && { status }) });

/** Reads a response body as UTF-8 text, at most MAX_DATA_BYTES, keeping a byte order mark
 * (so that a doubled one reaches the validator). A 400 KB gzip bomb stops at the limit. */
async function readBody(r) {
  const tooLarge = () => failure('unusable', `the answer is larger than ${MAX_DATA_BYTES} bytes`);
  const length = Number(r.headers?.get?.('content-length'));
  if (length > MAX_DATA_BYTES) throw tooLarge();
  const decoder = new Decoder('utf-8', { ignoreBOM: true });
  const reader = r.body?.getReader?.();
  if (!reader) {
    const text = await r.text();
    if (text.length > MAX_DATA_BYTES) throw tooLarge();
    return text;
  }
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_DATA_BYTES) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The answer for `src`: {data} when usable, else {fail}. Shared by the widgets of one src;
 * the request is aborted when the longest timeout asked for has passed. `check`: validate the
 * answer as data with `check(text)`, which resolves to the errors found (not for the built-in
 * data file, which the build validated, nor the CSS). */
export function request(src, timeout, check = null) {
  const key = check ? src : `unchecked ${src}`;
  let entry = texts.get(key);
  const until = Date.now() + timeout;
  if (entry) {
    entry.until = Math.max(entry.until, until);
    return entry.answer;
  }
  const ctl = new AbortController();
  entry = { until };
  const expire = () => {
    if (Date.now() >= entry.until) ctl.abort();
    else entry.timer = later(expire, entry.until - Date.now());
  };
  entry.timer = later(expire, timeout);
  entry.answer = (async () => {
    if (!pageFetch) throw failure('network', 'this page has no fetch');
    // The page's fetch may be replaced by one that throws, or answers anything.
    const r = await pageFetch(src, { signal: ctl.signal, credentials: 'omit' });
    if (!r || typeof r.status !== 'number' || typeof r.text !== 'function') throw failure('network', 'fetch did not answer with a Response');
    if (!r.ok) {
      const kind = r.status === 404 || r.status === 410 ? 'not-found' : 'server';
      throw failure(kind, `HTTP ${r.status} ${r.statusText ?? ''}`.trim(), String(r.status));
    }
    const data = await readBody(r);
    if (!check) return { data };
    const errors = await check(data);
    if (errors.length) return { data, bad: errors[0].message, errors };
    return { data };
  })()
    .catch((e) => ({
      fail: e?.kind ? e : failure(ctl.signal.aborted ? 'timeout' : 'network', ctl.signal.aborted ? `no answer within ${timeout} ms` : String(e?.message ?? e)),
    }))
    .then((res) => {
      G.clearTimeout(entry.timer);
      if (res.fail || res.bad) texts.delete(key); // try again next time
      return res;
    });
  texts.set(key, entry);
  return entry.answer;
}

