/**
 * Hostile DNS servers on 127.0.0.1 against the direct resolver and the checks: crafted packets
 * with a compression pointer that loops or points past the end, an answer section shorter than
 * its count, RDATA that runs past the end of the message, a message cut inside its header; a
 * truncated UDP answer whose TCP server closes early, sends half a message, announces 65535
 * bytes and stalls, or streams replies that are not ours; and a TXT set of 1,000 records (about
 * 60 KB) over UDP and TCP. Each ends within the deadline as an answer value with a clear
 * message, and through `checkDomain` as a bounded `live/dns-failure` or record finding.
 */
import assert from 'node:assert/strict';
import * as dgram from 'node:dgram';
import * as net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { checkDomain } from '../../server/src/live/checks';
import type { Answer } from '../../server/src/live/resolver';
import { DirectResolver } from '../../server/src/live/resolvers/direct';

const TYPE = { A: 1, CNAME: 5, MX: 15, TXT: 16 } as const;
/** QR, RD, RA. */
const RESPONSE = 0x8180;
const TC = 0x0200;

function u16(n: number): Buffer {
  return Buffer.from([(n >> 8) & 0xff, n & 0xff]);
}

function header(id: number, flags: number, qd: number, an: number, ns = 0, ar = 0): Buffer {
  return Buffer.concat([u16(id), u16(flags), u16(qd), u16(an), u16(ns), u16(ar)]);
}

/** The question section of a query (its name is never compressed) and its name and type. */
function questionOf(query: Buffer): { bytes: Buffer; name: string; type: number } {
  let offset = 12;
  const labels: string[] = [];
  while (query[offset]! !== 0) {
    labels.push(query.toString('latin1', offset + 1, offset + 1 + query[offset]!));
    offset += query[offset]! + 1;
  }
  const end = offset + 5;
  return { bytes: query.subarray(12, end), name: labels.join('.').toLowerCase(), type: query.readUInt16BE(offset + 1) };
}

/** A resource record: owner (wire bytes), type, class IN, TTL 60, RDATA (and its length field, which may lie). */
function rr(owner: Buffer, type: number, rdata: Buffer, rdlength = rdata.length): Buffer {
  return Buffer.concat([owner, u16(type), u16(1), Buffer.from([0, 0, 0, 60]), u16(rdlength), rdata]);
}

/** A pointer to `offset` (RFC 1035 §4.1.4). */
function pointer(offset: number): Buffer {
  return Buffer.from([0xc0 | (offset >> 8), offset & 0xff]);
}

/** TXT RDATA from character-strings. */
function txt(...strings: string[]): Buffer {
  return Buffer.concat(strings.map((s) => Buffer.concat([Buffer.from([s.length]), Buffer.from(s, 'latin1')])));
}

/** A whole response: header with the query's ID, its question, then the records. */
function reply(query: Buffer, records: Buffer[], flags = RESPONSE, count = records.length): Buffer {
  const q = questionOf(query);
  return Buffer.concat([header(query.readUInt16BE(0), flags, 1, count), q.bytes, ...records]);
}

/** 1,000 TXT records of 60 bytes each (47 bytes of text) at the question name: about 60 KB. */
function bigTxtSet(query: Buffer): Buffer {
  const records: Buffer[] = [];
  for (let i = 0; i < 1000; i++) records.push(rr(pointer(12), TYPE.TXT, txt(`v=spf1 ip4:192.0.2.${String(i % 250).padStart(3, '0')} -all ${String(i).padStart(4, '0')} ${'x'.repeat(14)}`)));
  const message = reply(query, records);
  if (message.length < 60_000 || message.length > 65_507) throw new Error(`the TXT set is ${message.length} bytes`);
  return message;
}

type UdpScript = (query: Buffer) => Buffer[];
type TcpScript = (query: Buffer, socket: net.Socket) => void;

describe('hostile DNS servers', () => {
  let udp: dgram.Socket;
  let tcp: net.Server;
  let port = 0;
  let udpScript: UdpScript = () => [];
  let tcpScript: TcpScript = (_q, socket) => socket.destroy();
  const sockets = new Set<net.Socket>();

  before(async () => {
    tcp = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
      let buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        if (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) tcpScript(buffer.subarray(2, 2 + buffer.readUInt16BE(0)), socket);
      });
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    port = (tcp.address() as net.AddressInfo).port;
    udp = dgram.createSocket({ type: 'udp4', sendBufferSize: 1 << 17 });
    udp.on('message', (msg, rinfo) => {
      for (const out of udpScript(msg)) udp.send(out, rinfo.port, rinfo.address);
    });
    await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));
  });

  after(async () => {
    udp?.close();
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => tcp?.close(resolve));
  });

  const resolver = (timeoutMs = 2000) => new DirectResolver({ servers: [{ host: '127.0.0.1', port }], timeoutMs });

  /** Asks for TXT at x.example and returns the answer and how long it took. */
  async function ask(timeoutMs = 2000): Promise<{ answer: Answer; ms: number }> {
    const started = Date.now();
    const answer = await resolver(timeoutMs).query('x.example', 'TXT');
    return { answer, ms: Date.now() - started };
  }

  /** Asserts an error answer whose message matches, received well before the deadline. */
  async function assertMalformed(message: RegExp): Promise<void> {
    const { answer, ms } = await ask();
    assert.equal(answer.kind, 'error', JSON.stringify(answer));
    assert.match(answer.kind === 'error' ? answer.message : '', message);
    assert.ok(ms < 1000, `took ${ms} ms`);
  }

  test('a compression pointer that points at itself', async () => {
    udpScript = (q) => {
      const at = 12 + questionOf(q).bytes.length;
      return [reply(q, [rr(pointer(at), TYPE.TXT, txt('loop'))])];
    };
    await assertMalformed(/^malformed response: .*pointer/);
  });

  test('a compression loop between two names (CNAME owner and target point at each other)', async () => {
    udpScript = (q) => {
      const at = 12 + questionOf(q).bytes.length;
      // Owner at `at` points to the RDATA (at + 12); the RDATA points back to the owner.
      return [reply(q, [rr(pointer(at + 12), TYPE.CNAME, pointer(at))])];
    };
    await assertMalformed(/^malformed response: .*pointer/);
  });

  test('a pointer past the end of the message', async () => {
    udpScript = (q) => [reply(q, [rr(pointer(0x3fff), TYPE.TXT, txt('far'))])];
    await assertMalformed(/^malformed response: .*(pointer|end)/);
  });

  test('an answer section shorter than its count', async () => {
    udpScript = (q) => [reply(q, [rr(pointer(12), TYPE.TXT, txt('one'))], RESPONSE, 3)];
    await assertMalformed(/^malformed response: /);
  });

  test('RDATA that runs past the end of the message', async () => {
    udpScript = (q) => [reply(q, [rr(pointer(12), TYPE.TXT, txt('abc'), 200)])];
    await assertMalformed(/^malformed response: .*(end|truncated|overflow)/i);
  });

  test('a record cut in its fixed fields', async () => {
    udpScript = (q) => [reply(q, [rr(pointer(12), TYPE.TXT, txt('abc')).subarray(0, 6)])];
    await assertMalformed(/^malformed response: /);
  });

  test('a message cut inside its header (our ID)', async () => {
    udpScript = (q) => [q.subarray(0, 6)];
    await assertMalformed(/^malformed response: /);
  });

  test('TC bit on a message cut inside a record: asked again over TCP', async () => {
    udpScript = (q) => [reply(q, [rr(pointer(12), TYPE.TXT, txt('cut'), 200)], RESPONSE | TC, 2)];
    tcpScript = (q, socket) => {
      const body = reply(q, [rr(pointer(12), TYPE.TXT, txt('whole'))]);
      socket.end(Buffer.concat([u16(body.length), body]));
    };
    const { answer } = await ask();
    assert.deepEqual(answer.kind === 'records' && answer.records.map((r) => r.data), [{ type: 'TXT', strings: ['whole'] }]);
  });

  test('TC bit, then a TCP server that closes without answering', async () => {
    udpScript = (q) => [reply(q, [], RESPONSE | TC)];
    tcpScript = (_q, socket) => socket.end();
    await assertMalformed(/^TCP: the server closed the connection without an answer$/);
  });

  test('TC bit, then half a message over TCP and a close', async () => {
    udpScript = (q) => [reply(q, [], RESPONSE | TC)];
    tcpScript = (q, socket) => {
      const body = reply(q, [rr(pointer(12), TYPE.TXT, txt('whole'))]);
      socket.end(Buffer.concat([u16(body.length), body.subarray(0, body.length >> 1)]));
    };
    await assertMalformed(/^TCP: the server closed the connection without an answer$/);
  });

  test('TC bit, then a 65535-byte length prefix and silence: timeout within the deadline', async () => {
    udpScript = (q) => [reply(q, [], RESPONSE | TC)];
    tcpScript = (_q, socket) => void socket.write(u16(0xffff));
    const { answer, ms } = await ask(400);
    assert.deepEqual(answer, { kind: 'timeout' });
    assert.ok(ms < 1500, `took ${ms} ms`);
  });

  test('TC bit, then a 65535-byte length prefix and 65535 bytes of garbage with our ID', async () => {
    udpScript = (q) => [reply(q, [], RESPONSE | TC)];
    tcpScript = (q, socket) => {
      const junk = Buffer.alloc(0xffff, 0x5a); // no TC bit: not a truncated answer, just garbage
      q.copy(junk, 0, 0, 2);
      socket.write(Buffer.concat([u16(0xffff), junk]));
    };
    await assertMalformed(/^malformed response: /);
  });

  test('TC bit, then endless TCP replies that are not ours: timeout within the deadline', async () => {
    udpScript = (q) => [reply(q, [], RESPONSE | TC)];
    tcpScript = (q, socket) => {
      const other = Buffer.from(reply(q, [rr(pointer(12), TYPE.TXT, txt('not yours'))]));
      other.writeUInt16BE((q.readUInt16BE(0) + 1) & 0xffff, 0);
      const frame = Buffer.concat([u16(other.length), other]);
      const pump = () => {
        while (!socket.destroyed) if (!socket.write(frame)) return void socket.once('drain', pump);
      };
      pump();
    };
    const { answer, ms } = await ask(400);
    assert.deepEqual(answer, { kind: 'timeout' });
    assert.ok(ms < 1500, `took ${ms} ms`);
  });

  test('a TXT set of 1,000 records (about 60 KB) over UDP', async () => {
    udpScript = (q) => [bigTxtSet(q)];
    const { answer, ms } = await ask();
    assert.equal(answer.kind, 'records', JSON.stringify(answer).slice(0, 300));
    assert.equal(answer.kind === 'records' && answer.records.length, 1000);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  test('a TXT set of 1,000 records (about 60 KB) over TCP after TC', async () => {
    udpScript = (q) => [reply(q, [], RESPONSE | TC)];
    tcpScript = (q, socket) => {
      const body = bigTxtSet(q);
      socket.end(Buffer.concat([u16(body.length), body]));
    };
    const { answer, ms } = await ask();
    assert.equal(answer.kind === 'records' && answer.records.length, 1000);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  test('checks: malformed answers are live/dns-failure findings that say why', async () => {
    udpScript = (q) => {
      const at = 12 + questionOf(q).bytes.length;
      return [reply(q, [rr(pointer(at), questionOf(q).type, txt('loop'))])];
    };
    const started = Date.now();
    const report = await checkDomain('x.example', { resolver: resolver(), probeSmtp: false, dkimSelectors: ['s1'], timeoutMs: 1000 });
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.ok(report.findings.length > 0);
    for (const f of report.findings) {
      assert.equal(f.code, 'live/dns-failure', JSON.stringify(f));
      assert.match(f.message, /failed \(malformed response: .*pointer.*\); the check could not judge it\./);
    }
  });

  test('checks: 1,000 SPF records at the domain give a bounded set of findings, quickly', async () => {
    udpScript = (q) => {
      const { name, type } = questionOf(q);
      if (name === 'x.example' && type === TYPE.TXT) return [bigTxtSet(q)];
      return [Buffer.concat([header(q.readUInt16BE(0), RESPONSE | 3, 1, 0), questionOf(q).bytes])]; // NXDOMAIN
    };
    const started = Date.now();
    const report = await checkDomain('x.example', { resolver: resolver(), probeSmtp: false, dkimSelectors: [], timeoutMs: 1000 });
    const ms = Date.now() - started;
    assert.ok(ms < 5000, `took ${ms} ms`);
    const spf = report.findings.filter((f) => f.kind === 'spf');
    const multiple = spf.filter((f) => f.code === 'spf/multiple-records');
    // Once (the rule words the first record's finding apart, with its quick fix), not 1,000 times.
    assert.ok(multiple.length >= 1 && multiple.length <= 2, JSON.stringify(multiple));
    for (const f of multiple) assert.match(f.message, /has 1000 SPF records/);
    // Each code is listed a few times at most; the last one tells how many more there were.
    assert.ok(spf.length <= 20, `${spf.length} SPF findings`);
    assert.ok(spf.some((f) => / \(\d+ more like it not listed\)$/.test(f.message)), JSON.stringify(spf.map((f) => f.message)));
    assert.equal((report.answers.find((a) => a.name === 'x.example' && a.type === 'TXT')?.answer as { records?: unknown[] }).records?.length, 1000);
  });
});
