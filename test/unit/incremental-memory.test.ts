/**
 * A long editing session keeps no old versions of the text alive: names, messages and reports
 * kept from one version to the next share no memory with the text they were cut from.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { getLanguageService, type ValidationState } from '../../server/src/service/index';
import { ROOT } from '../support/paths';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
const service = getLanguageService();

function heapMb(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1048576;
}

test('a thousand edits on a generated 10,000-record zone do not keep old versions of its text', () => {
  // The bench's own zone generator: hosts, mail policies, DKIM keys, multi-line records.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-memory-'));
  const file = path.join(dir, 'bench.example.zone');
  try {
    const made = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'generate.mjs'), '--records', '10000', '--out', file], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    let text = fs.readFileSync(file, 'utf8');
    const uri = 'file:///zones/bench.example.zone';
    let doc = service.parse({ uri, text, languageId: 'dns-zone' }, true)!;
    let state: ValidationState = service.validateIncremental(doc, {}, undefined).state;
    const hosts = [...text.matchAll(/\nh\d+\t/g)].map((m) => m.index + 1);
    assert.ok(hosts.length > 1000);
    let baseline = 0;
    for (let i = 0; i < 1000; i++) {
      // Add a record after a host line (its neighbours are checked again), or take it away again.
      if (i % 2 === 0) {
        const at = text.indexOf('\n', hosts[(i * 7919) % hosts.length]!) + 1;
        text = text.slice(0, at) + `added${i} IN A 192.0.2.1\n` + text.slice(at);
      } else {
        const start = text.indexOf('\nadded') + 1;
        text = text.slice(0, start) + text.slice(text.indexOf('\n', start) + 1);
      }
      doc = service.reparse(doc, { uri, text, languageId: 'dns-zone', version: i + 2 }, true)!;
      assert.ok(doc.change, 'the edit is re-parsed incrementally');
      state = service.validateIncremental(doc, {}, state).state;
      if (i === 99) baseline = heapMb();
    }
    const growth = heapMb() - baseline;
    // Each version of the text is 0.65 MB: keeping one per edit would add hundreds of MB.
    assert.ok(growth < 40, `the heap grew by ${growth.toFixed(0)} MB over 900 edits`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
