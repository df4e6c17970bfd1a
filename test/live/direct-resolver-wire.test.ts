/**
 * The direct resolver against scripted servers on 127.0.0.1: answers with another ID or another
 * question are ignored (the right one that follows is taken), a server that never answers
 * gives `timeout` within the deadline, a truncated UDP answer is asked again over TCP whose
 * length-prefixed reply arrives in pieces, and an over-long TCP length is refused.
 */
import assert from 'node:assert/strict';
import * as dgram from 'node:dgram';
import * as net from 'node:net';
import { after, before, describe, test } from 'node:test';
import * as packet from 'dns-packet';
import { DirectResolver } from '../../server/src/live/resolvers/direct';

type Reply = (query: packet.DecodedPacket) => Buffer[];

function response(query: packet.DecodedPacket, patch: Partial<packet.Packet> = {}, tc = false): Buffer {
  return packet.encode({
    type: 'response',
    id: query.id,
    flags: packet.RECURSION_DESIRED | (tc ? packet.TRUNCATED_RESPONSE : 0),
    questions: query.questions,
    answers: tc ? [] : [{ type: 'TXT', name: query.questions![0]!.name, ttl: 60, data: ['right'] }],
    ...patch,
  });
}

describe('direct resolver on the wire', () => {
  let udp: dgram.Socket;
  let tcp: net.Server;
  let port = 0;
  let reply: Reply = () => [];
  let tcpReply: (query: packet.DecodedPacket, socket: net.Socket) => void = () => undefined;

  before(async () => {
    tcp = net.createServer((socket) => {
      let buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        if (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) tcpReply(packet.decode(buffer.subarray(2)), socket);
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    port = (tcp.address() as net.AddressInfo).port;
    udp = dgram.createSocket('udp4');
    udp.on('message', (msg, rinfo) => {
      for (const out of reply(packet.decode(msg))) udp.send(out, rinfo.port, rinfo.address);
    });
    await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));
  });
  after(async () => {
    udp.close();
    await new Promise((resolve) => tcp.close(resolve));
  });

  const resolver = (timeoutMs = 2000) => new DirectResolver({ servers: [{ host: '127.0.0.1', port }], timeoutMs });

  test('ignores answers with another ID or question, takes the right one', async () => {
    reply = (q) => [
      response(q, { id: (q.id! + 1) & 0xffff, answers: [{ type: 'TXT', name: q.questions![0]!.name, data: ['wrong id'] }] }),
      response(q, { questions: [{ type: 'TXT', name: 'other.example' }], answers: [{ type: 'TXT', name: 'other.example', data: ['wrong question'] }] }),
      response(q, { questions: [{ type: 'A', name: q.questions![0]!.name }] }),
      Buffer.from([1, 2, 3]),
      response(q),
    ];
    const answer = await resolver().query('x.example', 'TXT');
    assert.equal(answer.kind, 'records');
    assert.deepEqual(answer.kind === 'records' && answer.records.map((r) => r.data), [{ type: 'TXT', strings: ['right'] }]);
  });

  test('asks with a random ID, RD, and EDNS0 with the DO bit', async () => {
    const seen: packet.DecodedPacket[] = [];
    reply = (q) => (seen.push(q), [response(q)]);
    await resolver().query('x.example', 'TXT');
    await resolver().query('x.example', 'TXT');
    assert.equal(seen.length, 2);
    assert.notEqual(seen[0]!.id, seen[1]!.id);
    assert.equal(seen[0]!.flag_rd, true);
    const opt = seen[0]!.additionals!.find((a) => a.type === 'OPT') as packet.OptAnswer | undefined;
    assert.ok(opt);
    assert.equal(opt.flag_do, true);
  });

  test('a server that never answers: timeout within the deadline', async () => {
    reply = () => [];
    const started = Date.now();
    const answer = await resolver(300).query('x.example', 'TXT');
    assert.deepEqual(answer, { kind: 'timeout' });
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
  });

  test('truncated over UDP: asked again over TCP, reply read in pieces', async () => {
    reply = (q) => [response(q, {}, true)];
    tcpReply = (q, socket) => {
      const body = response(q, { answers: [{ type: 'TXT', name: q.questions![0]!.name, ttl: 60, data: ['over', 'tcp'] }] });
      const framed = Buffer.concat([Buffer.from([body.length >> 8, body.length & 0xff]), body]);
      socket.write(framed.subarray(0, 1));
      setImmediate(() => socket.write(framed.subarray(1, 7), () => socket.end(framed.subarray(7))));
    };
    const answer = await resolver().query('x.example', 'TXT');
    assert.deepEqual(answer.kind === 'records' && answer.records.map((r) => r.data), [{ type: 'TXT', strings: ['over', 'tcp'] }]);
  });

  test('SERVFAIL, REFUSED and NXDOMAIN are values', async () => {
    reply = (q) => [packet.encode({ type: 'response', id: q.id, flags: 2, questions: q.questions })];
    assert.deepEqual(await resolver().query('x.example', 'TXT'), { kind: 'servfail' });
    reply = (q) => [packet.encode({ type: 'response', id: q.id, flags: 5, questions: q.questions })];
    const refused = await resolver().query('x.example', 'TXT');
    assert.equal(refused.kind, 'error');
    reply = (q) => [packet.encode({ type: 'response', id: q.id, flags: 3 | packet.AUTHENTIC_DATA, questions: q.questions })];
    assert.deepEqual(await resolver().query('x.example', 'TXT'), { kind: 'nxdomain', authenticated: true });
  });
});
