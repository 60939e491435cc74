#!/usr/bin/env node
// Load benchmark for the live matching board: how long after a member submits an exchange
// application the change reaches N connected organiser boards (server-sent events), and how
// much memory the server uses while they are connected. Node 20, no packages.
//
//   ulimit -n 20000
//   node scripts/bench-live.mjs --base http://127.0.0.1:3300 --pid <server pid> \
//        [--streams 1000] [--rounds 20] [--interval 1000] [--jitter 200] [--reload] [--json out.json]
//
// Each round: t0, the member POSTs a submitted application (one new `visitor-submitted`
// event), and every stream records when that event arrives (arrival − t0). With --reload
// each board also reloads like the real page does (GET the board's HTML, as its live island
// does) and
// the latency runs until that response has been read in full. Memory comes from
// /proc/<pid>/status (VmRSS, VmHWM; the high-water mark is reset at the start when allowed).
// See docs/live-board-benchmark.md.

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';

const args = parseArgs(process.argv.slice(2));
const BASE = new URL(args.base ?? 'http://127.0.0.1:3300');
const N = int(args.streams, 1000);
const ROUNDS = int(args.rounds, 20);
const INTERVAL = int(args.interval, 1000);
// A random extra wait between rounds, so submissions land at every phase of the server's
// 200 ms poll instead of drifting through it in lock-step with a 1 s period.
const JITTER = int(args.jitter, 200);
const OPEN_CONCURRENCY = int(args['open-concurrency'], 50);
const TIMEOUT = int(args.timeout, args.reload ? 120000 : 15000);
const RELOAD = Boolean(args.reload);
const PID = args.pid ? int(args.pid) : null;
const COHORT = args.cohort ?? 'clusterxchange-2026-27';
const PASSWORD = args.password ?? 'cloth-demo-2026';
const ORGANISER = args.organiser ?? 'organiser@cloth.example';
const MEMBER = args.member ?? 'member@cloth.example';

// Browsers open one connection per stream and (HTTP/1.1) more for fetches; so do we.
const streamAgent = new http.Agent({ keepAlive: true, maxSockets: N + 100, maxFreeSockets: N + 100 });
const requestAgent = new http.Agent({ keepAlive: true, maxSockets: N + 100, maxFreeSockets: N + 100 });

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [key, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) out[key] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[key] = argv[++i];
    else out[key] = true;
  }
  return out;
}

function int(v, dflt) {
  if (v === undefined) return dflt;
  const n = Number.parseInt(v, 10);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${v}`);
  return n;
}

/** One HTTP request, body read in full. */
function request({ method = 'GET', path, headers = {}, body, agent = requestAgent }) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(body);
    const req = http.request(
      {
        host: BASE.hostname,
        port: BASE.port,
        method,
        path,
        agent,
        headers: { ...headers, ...(data ? { 'content-length': data.length } : {}) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.setTimeout(TIMEOUT, () => req.destroy(new Error(`timeout ${method} ${path}`)));
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

async function signIn(email) {
  const res = await request({
    method: 'POST',
    path: '/api/session/sign_in',
    headers: FORM,
    body: new URLSearchParams({ email, password: PASSWORD }).toString(),
  });
  const cookies = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  const session = cookies.find((c) => c.startsWith('cloth_session='));
  if (!session || res.status >= 400) {
    throw new Error(`sign-in of ${email} failed: ${res.status} ${res.body.toString().slice(0, 300)}`);
  }
  return session;
}

function isoDay(offsetDays) {
  const d = new Date(Date.now() + offsetDays * 86400e3);
  return d.toISOString().slice(0, 10); // the server checks against its UTC date
}

let submissions = 0;
function submitBody() {
  submissions += 1;
  const p = new URLSearchParams();
  p.append('cohort', COHORT);
  p.append('action', 'submit');
  p.append('application[topics_wanted][]', 'knitting');
  p.append('application[value_chains][]', 'fashion-textile');
  p.append('application[languages][]', 'en');
  // The demo cohort's exchanges run from today+60 to today+240 days.
  p.append('application[available_from]', isoDay(70));
  p.append('application[available_to]', isoDay(110));
  p.append('application[stay_days]', '5');
  p.append('application[motivation]', `Benchmark submission ${submissions} at ${new Date().toISOString()}.`);
  return p.toString();
}

async function submit(memberCookie) {
  const res = await request({
    method: 'POST',
    path: '/api/exchange/save-application',
    headers: { ...FORM, cookie: memberCookie },
    body: submitBody(),
  });
  const location = res.headers.location ?? '';
  const ok = res.status === 200 || ([302, 303].includes(res.status) && location.includes('saved=application'));
  if (!ok) throw new Error(`submit failed: ${res.status} ${location} ${res.body.toString().slice(0, 500)}`);
  return res.status;
}

// ---- memory and CPU of the server -------------------------------------------------------

function mem() {
  if (!PID) return null;
  const status = fs.readFileSync(`/proc/${PID}/status`, 'utf8');
  const kb = (k) => Number((status.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm')) ?? [])[1]);
  return { rssKiB: kb('VmRSS'), hwmKiB: kb('VmHWM'), threads: Number((status.match(/^Threads:\s+(\d+)/m) ?? [])[1]) };
}

function cpuSeconds() {
  if (!PID) return null;
  const stat = fs.readFileSync(`/proc/${PID}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, at 100 ticks/s
}

function openFds() {
  if (!PID) return null;
  try {
    return fs.readdirSync(`/proc/${PID}/fd`).length;
  } catch {
    return null;
  }
}

let hwmReset = false;
function resetHighWaterMark() {
  if (!PID) return;
  try {
    fs.writeFileSync(`/proc/${PID}/clear_refs`, '5'); // resets VmHWM to the current RSS
    hwmReset = true;
  } catch (e) {
    console.error(`could not reset VmHWM (${e.message}); the peak is since the server started`);
  }
}

let rssMaxSampledKiB = 0;
const sampler = PID
  ? setInterval(() => {
      const m = mem();
      if (m && m.rssKiB > rssMaxSampledKiB) rssMaxSampledKiB = m.rssKiB;
    }, 50)
  : null;

// ---- streams --------------------------------------------------------------------------

const streams = [];
let current = null; // the round in progress
let stray = 0; // visitor-submitted events outside a round or a second one within it
let otherEvents = 0;
let streamErrors = 0;
let streamsEnded = 0;
let reloadErrors = 0;
let closing = false;

function openStream(idx, cookie) {
  return new Promise((resolve, reject) => {
    const s = { idx, buf: '', req: null, lastId: null, events: 0 };
    const started = performance.now();
    const req = http.request(
      {
        host: BASE.hostname,
        port: BASE.port,
        method: 'GET',
        path: `/exchange/${COHORT}/events`,
        agent: streamAgent,
        headers: { cookie, accept: 'text/event-stream' },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`stream ${idx}: HTTP ${res.statusCode}`));
          return;
        }
        s.openMs = performance.now() - started;
        res.setEncoding('utf8');
        res.on('data', (chunk) => onChunk(s, chunk, performance.now()));
        res.on('end', () => {
          if (!closing) streamsEnded++;
        });
        res.on('error', () => {
          if (!closing) streamErrors++;
        });
        resolve(s);
      },
    );
    req.on('error', (e) => {
      if (closing) return;
      streamErrors++;
      reject(e);
    });
    req.end();
    s.req = req;
    streams[idx] = s;
  });
}

function onChunk(s, chunk, now) {
  s.buf += chunk.replace(/\r\n?/g, '\n');
  let cut;
  while ((cut = s.buf.indexOf('\n\n')) >= 0) {
    const block = s.buf.slice(0, cut);
    s.buf = s.buf.slice(cut + 2);
    let id = null;
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue; // keep-alive comment
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0) continue;
    s.lastId = id;
    s.events++;
    onEvent(s, Number(id), JSON.parse(data.join('\n')), now);
  }
}

function onEvent(s, seq, event, now) {
  if (event.kind !== 'visitor-submitted') {
    otherEvents++;
    return;
  }
  const r = current;
  if (!r || r.got[s.idx]) {
    stray++;
    return;
  }
  r.got[s.idx] = 1;
  r.event[s.idx] = now - r.t0;
  r.seqs.set(seq, (r.seqs.get(seq) ?? 0) + 1);
  if (!RELOAD) return finishOne(r);
  // What the board's LiveUpdates island does on an event: fetch the page's HTML again.
  request({ method: 'GET', path: `/exchange/${COHORT}/board`, headers: { accept: 'text/html', cookie: r.cookie } })
    .then((res) => {
      if (res.status !== 200) {
        reloadErrors++;
        if (reloadErrors <= 5) console.error(`board reload: HTTP ${res.status} ${res.body.toString().slice(0, 200)}`);
      } else {
        r.reload[s.idx] = performance.now() - r.t0;
        r.boardBytes = res.body.length;
      }
    })
    .catch((e) => {
      reloadErrors++;
      if (reloadErrors <= 5) console.error(`board reload: ${e.message}`);
    })
    .finally(() => finishOne(r));
}

function finishOne(r) {
  r.done++;
  if (r.done === N) r.resolve();
}

// ---- statistics -----------------------------------------------------------------------

function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0 };
  const q = (p) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))];
  return { n: v.length, min: v[0], median: q(0.5), p90: q(0.9), p99: q(0.99), max: v[v.length - 1] };
}

const ms = (x) => (x === undefined ? '—' : x.toFixed(1).padStart(7));
const mib = (kib) => (kib / 1024).toFixed(1);
const line = (label, s) =>
  `${label.padEnd(14)} n=${String(s.n).padStart(6)}  min ${ms(s.min)}  median ${ms(s.median)}  p90 ${ms(s.p90)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  ms`;

const sleep = (t) => new Promise((r) => setTimeout(r, t));

// ---- main -----------------------------------------------------------------------------

async function main() {
  const loadStart = os.loadavg();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const organiser = await signIn(ORGANISER);
  const member = await signIn(MEMBER);
  await sleep(500);
  resetHighWaterMark();
  rssMaxSampledKiB = 0;
  const memory = { before: mem(), fdsBefore: openFds() };

  // Open the streams, OPEN_CONCURRENCY at a time (a page load of 1,000 boards at once).
  const t = performance.now();
  let next = 0;
  const failures = [];
  await Promise.all(
    Array.from({ length: Math.min(OPEN_CONCURRENCY, N) }, async () => {
      while (next < N) {
        const idx = next++;
        try {
          await openStream(idx, organiser);
        } catch (e) {
          failures.push(e.message);
        }
      }
    }),
  );
  const openSeconds = (performance.now() - t) / 1000;
  if (failures.length) {
    console.error(`${failures.length} streams failed to open, e.g. ${failures.slice(0, 3).join('; ')}`);
    throw new Error('not all streams open');
  }
  const openTimes = stats(streams.map((s) => s.openMs));
  await sleep(1000);
  memory.open = mem();
  memory.fdsOpen = openFds();
  console.log(
    `${N} streams open in ${openSeconds.toFixed(1)} s (per stream: median ${openTimes.median.toFixed(1)} ms, max ${openTimes.max.toFixed(1)} ms)`,
  );

  const rounds = [];
  const cpu0 = cpuSeconds();
  loop.enable();
  for (let k = 0; k < ROUNDS; k++) {
    const started = performance.now();
    const r = {
      got: new Uint8Array(N),
      event: new Float64Array(N).fill(NaN),
      reload: new Float64Array(N).fill(NaN),
      seqs: new Map(),
      done: 0,
      cookie: organiser,
      boardBytes: 0,
    };
    const all = new Promise((resolve) => (r.resolve = resolve));
    r.t0 = performance.now();
    current = r;
    await submit(member);
    r.postMs = performance.now() - r.t0;
    const timedOut = await Promise.race([all.then(() => false), sleep(TIMEOUT).then(() => true)]);
    current = null;
    const missed = N - r.got.reduce((a, b) => a + b, 0);
    const round = {
      round: k + 1,
      postMs: r.postMs,
      missed,
      timedOut,
      seqs: [...r.seqs.keys()],
      event: stats([...r.event]),
      spreadMs: stats([...r.event]).max - stats([...r.event]).min, // first to last board
      reload: RELOAD ? stats([...r.reload]) : null,
      boardBytes: r.boardBytes,
      rawEvent: [...r.event],
      rawReload: [...r.reload],
    };
    rounds.push(round);
    const sum = RELOAD ? round.reload : round.event;
    console.log(
      `round ${String(k + 1).padStart(2)}: post ${r.postMs.toFixed(1)} ms, ${RELOAD ? 'reload' : 'event'} median ${sum.median?.toFixed(1)} p99 ${sum.p99?.toFixed(1)} max ${sum.max?.toFixed(1)} ms` +
        (RELOAD ? ` (event median ${round.event.median?.toFixed(1)} max ${round.event.max?.toFixed(1)})` : '') +
        `, spread ${round.spreadMs.toFixed(1)}, seq ${round.seqs.join(',')}, missed ${missed}${timedOut ? ' TIMED OUT' : ''}`,
    );
    const rest = INTERVAL + Math.random() * JITTER - (performance.now() - started);
    if (rest > 0) await sleep(rest);
  }
  loop.disable();
  const cpu1 = cpuSeconds();
  memory.end = mem();
  memory.fdsEnd = openFds();
  memory.rssMaxSampled = rssMaxSampledKiB;

  closing = true;
  for (const s of streams) s.req.destroy();
  streamAgent.destroy();
  requestAgent.destroy();
  await sleep(2000);
  memory.closed = mem();
  memory.fdsClosed = openFds();
  if (sampler) clearInterval(sampler);

  const event = stats(rounds.flatMap((r) => r.rawEvent));
  const reload = RELOAD ? stats(rounds.flatMap((r) => r.rawReload)) : null;
  const post = stats(rounds.map((r) => r.postMs));
  const spread = stats(rounds.map((r) => r.spreadMs));
  const missed = rounds.reduce((a, r) => a + r.missed, 0);
  const distinctSeqsPerRound = Math.max(...rounds.map((r) => r.seqs.length));
  const loadEnd = os.loadavg();

  console.log('');
  console.log(`streams ${N}, rounds ${ROUNDS}, mode ${RELOAD ? 'reload' : 'event-only'}, ${BASE.host}`);
  console.log(line('submit POST', post));
  console.log(line('event', event));
  console.log(line('round spread', spread) + ' (first to last board within a round)');
  if (reload) console.log(line('event+reload', reload));
  console.log(
    `missed events ${missed}, stray ${stray}, other events ${otherEvents}, stream errors ${streamErrors}, streams ended early ${streamsEnded}, reload errors ${reloadErrors}, distinct seqs per round ≤ ${distinctSeqsPerRound}`,
  );
  if (reload) console.log(`board response ${rounds.at(-1).boardBytes} bytes`);
  if (PID) {
    console.log(
      `server RSS before ${mib(memory.before.rssKiB)} MiB, all open ${mib(memory.open.rssKiB)} MiB, end ${mib(memory.end.rssKiB)} MiB, after close ${mib(memory.closed.rssKiB)} MiB; peak VmHWM ${mib(memory.end.hwmKiB)} MiB${hwmReset ? ' (reset at start)' : ' (since server start)'}, max sampled RSS ${mib(memory.rssMaxSampled)} MiB; threads ${memory.open.threads}; fds ${memory.fdsBefore} → ${memory.fdsOpen} → ${memory.fdsClosed}`,
    );
    console.log(`server CPU during the rounds ${(cpu1 - cpu0).toFixed(1)} s`);
  }
  console.log(
    `client event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms; load average ${loadStart.map((x) => x.toFixed(2)).join(' ')} → ${loadEnd.map((x) => x.toFixed(2)).join(' ')}; ${os.cpus().length} CPUs`,
  );

  if (args.json) {
    const summary = {
      when: new Date().toISOString(),
      streams: N,
      rounds: ROUNDS,
      mode: RELOAD ? 'reload' : 'event',
      openSeconds,
      openTimes,
      post,
      spread,
      event,
      reload,
      missed,
      stray,
      streamErrors,
      streamsEnded,
      reloadErrors,
      memory,
      hwmReset,
      serverCpuSeconds: cpu1 - cpu0,
      clientLoopDelayP99Ms: loop.percentile(99) / 1e6,
      loadavg: { start: loadStart, end: loadEnd },
      perRound: rounds.map(({ rawEvent, rawReload, ...r }) => r),
    };
    fs.writeFileSync(args.json, JSON.stringify(summary, null, 2));
  }
  process.exitCode = missed === 0 && reloadErrors === 0 && streamErrors === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
