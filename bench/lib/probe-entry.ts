/**
 * The IaC probe measured inside the language service, without the LSP transport: how long
 * `parse` takes to decide that a 10 MB YAML or JSON file holds no DNS records. Bundled and run
 * by bench/lib/probe.mjs; prints one JSON object of milliseconds (best of three).
 */
import { getLanguageService } from '../../server/src/service/index';
import { probeJson, probeYaml } from './probe-text.mjs';

const service = getLanguageService();
const bytes = Number(process.argv[2] ?? 10 * 1024 * 1024);
const out: Record<string, number> = {};
for (const [languageId, text] of [
  ['yaml', probeYaml(bytes)],
  ['json', probeJson(bytes)],
] as const) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    service.parse({ uri: `file:///bench/probe.${languageId}`, text, languageId, version: 1 }, false, { maxSize: 2 * bytes });
    best = Math.min(best, performance.now() - t);
  }
  out[languageId] = best;
}
console.log(JSON.stringify(out));
