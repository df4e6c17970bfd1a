/**
 * package.json against the code it describes: the generated rule settings against the live
 * registry, the commands against the client's table, the entry points against the bundler's
 * outputs, and every contributed file against the disk.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/service/rules/registry';
import { RULE_SETTING_VALUES } from '../../server/src/service/rules/severity';
import { findRulesSetting, ruleSettingsProperties, type Manifest } from '../../server/src/tools/generate-manifest';
import { ROOT } from '../support/paths';

interface Contributes {
  languages: { id: string; extensions?: string[]; filenamePatterns?: string[]; firstLine?: string; configuration?: string }[];
  grammars: { language: string; scopeName: string; path: string }[];
  snippets: { language: string; path: string }[];
  commands: { command: string; title: string; category?: string }[];
  configuration: { title: string; properties: Record<string, { type?: string; default?: unknown; enum?: string[] }> }[];
}
interface PackageJson extends Manifest {
  main: string;
  bin: Record<string, string>;
  engines: { vscode: string };
  activationEvents: string[];
  scripts: Record<string, string>;
  contributes: Contributes & Manifest['contributes'];
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const contributes = manifest.contributes;

/** Loads a compiled client module that does not import `vscode` (built by `tsc -b` into `out/client`). */
function clientModule<T>(relative: string): T {
  const file = path.join(ROOT, 'out', 'client', 'src', `${relative}.js`);
  assert.ok(fs.existsSync(file), `${file} is missing: run \`npm run build\` first`);
  return require(file) as T;
}

/** The `outfile`s of the esbuild entry points in esbuild.mjs, normalised to repository-relative paths. */
function bundleOutputs(): string[] {
  const source = fs.readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8');
  return [...source.matchAll(/outfile:\s*'([^']+)'/g)].map((m) => path.posix.normalize(m[1] ?? ''));
}

const relative = (p: string): string => path.posix.normalize(p.replace(/^\.\//, ''));

test('zonemail.rules lists every rule of the registry, generated and current', () => {
  const setting = findRulesSetting(manifest);
  assert.ok(setting, 'package.json declares zonemail.rules');
  const expected = ruleSettingsProperties(RULES);
  assert.deepEqual(
    setting.properties,
    expected,
    'package.json is stale: run `npm run build && node out/server/src/tools/generate-manifest.js`',
  );
  assert.deepEqual(Object.keys(expected), RULES.map((r) => r.code));
  for (const schema of Object.values(expected)) assert.deepEqual(schema.enum, [...RULE_SETTING_VALUES]);
});

test('configuration sections: rules, limits, server, live checks', () => {
  const titles = contributes.configuration.map((s) => s.title);
  assert.deepEqual(titles, ['Zonemail: Rules', 'Zonemail: Limits', 'Zonemail: Hosts', 'Zonemail: Server', 'Zonemail: Live Checks']);
  const all = Object.assign({}, ...contributes.configuration.map((s) => s.properties)) as Contributes['configuration'][number]['properties'];
  assert.equal(all['zonemail.rules']?.type, 'object');
  assert.equal(all['zonemail.maxFileSize']?.type, 'number');
  assert.equal(all['zonemail.maxFileSize']?.default, 16 * 1024 * 1024);
  assert.deepEqual(all['zonemail.trace.server']?.enum, ['off', 'messages', 'verbose']);
  assert.deepEqual(all['zonemail.live.resolver']?.enum, ['system', 'direct', 'doh']);
  for (const key of ['servers', 'dohUrl', 'timeoutMs', 'caFile']) assert.ok(all[`zonemail.live.${key}`], `zonemail.live.${key}`);
  const hosts = all['zonemail.hosts'] as { type?: string; default?: Record<string, boolean>; properties?: Record<string, { type: string; default: boolean }> } | undefined;
  assert.equal(hosts?.type, 'object');
  assert.deepEqual(hosts?.default, { terraform: true, cloudformation: true, octodns: true, dnscontrol: true, pulumi: true, ansible: true });
  for (const [name, schema] of Object.entries(hosts?.properties ?? {})) assert.deepEqual([name, schema.type, schema.default], [name, 'boolean', true]);
  for (const key of Object.keys(all)) assert.match(key, /^zonemail\./);
});

test('contributes.commands equals the client command table', () => {
  const { COMMANDS } = clientModule<{ COMMANDS: readonly { command: string; title: string; category: string }[] }>(
    'commands/table',
  );
  assert.deepEqual(contributes.commands, COMMANDS.map((c) => ({ ...c })));
  for (const { command } of COMMANDS) {
    // One implementation file per command, named after its id: zonemail.restartServer → restart-server.ts.
    const name = command.replace(/^zonemail\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const file = path.join(ROOT, 'client', 'src', 'commands', `${name}.ts`);
    assert.ok(fs.existsSync(file), `${command} has no implementation file ${file}`);
  }
});

test('main, bin and the server the client starts are produced by esbuild.mjs', () => {
  const outputs = bundleOutputs();
  assert.ok(outputs.length >= 3, `esbuild.mjs entries: ${outputs.join(', ')}`);
  assert.ok(outputs.includes(relative(manifest.main)), `main ${manifest.main} is not bundled (${outputs.join(', ')})`);
  for (const bin of Object.values(manifest.bin)) assert.ok(outputs.includes(relative(bin)), `bin ${bin} is not bundled`);
  const { SERVER_MODULE } = clientModule<{ SERVER_MODULE: string }>('paths');
  assert.ok(outputs.includes(relative(SERVER_MODULE)), `the client starts ${SERVER_MODULE}, which is not bundled`);
});

test('activation and engine', () => {
  assert.deepEqual(manifest.activationEvents, [
    'onLanguage:dns-zone',
    'onLanguage:mta-sts-policy',
    'onLanguage:terraform',
    'onLanguage:yaml',
    'onLanguage:json',
    'onLanguage:javascript',
    'onLanguage:typescript',
  ]);
  assert.equal(manifest.engines.vscode, '^1.91.0');
  assert.ok(manifest.scripts['vscode:prepublish']?.includes('esbuild.mjs'));
});

test('the dns-zone language: file names, first line, and no claim on *.db', () => {
  const language = contributes.languages.find((l) => l.id === 'dns-zone');
  assert.ok(language);
  assert.deepEqual(language.extensions, ['.zone', '.dns']);
  assert.ok(!(language.filenamePatterns ?? []).some((p) => p === '*.db'), 'bare *.db is usually SQLite');
  assert.ok((language.filenamePatterns ?? []).includes('db.*'));
  const firstLine = new RegExp(language.firstLine ?? '(?!)');
  for (const line of ['$ORIGIN example.com.', '$TTL 3600', '$ttl 1h', '$origin example.']) assert.ok(firstLine.test(line), line);
  for (const line of ['ORIGIN', '; $TTL 3600', '$TTLX 1', 'SQLite format 3', '$INCLUDE other']) assert.ok(!firstLine.test(line), line);
});

test('contributed files exist and parse', () => {
  const files = [
    ...contributes.languages.flatMap((l) => (l.configuration ? [l.configuration] : [])),
    ...contributes.grammars.map((g) => g.path),
    ...contributes.snippets.map((s) => s.path),
  ];
  assert.ok(files.length >= 3);
  for (const file of files) {
    const full = path.join(ROOT, file);
    assert.ok(fs.existsSync(full), `${file} does not exist`);
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(full, 'utf8')), `${file} is not JSON`);
  }
  for (const grammar of contributes.grammars) {
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8')) as { scopeName: string };
    assert.equal(raw.scopeName, grammar.scopeName);
  }
  const icon = manifest['icon'];
  assert.equal(typeof icon, 'string');
  const png = fs.readFileSync(path.join(ROOT, icon as string));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(png.readUInt32BE(16), 128, 'icon width');
  assert.equal(png.readUInt32BE(20), 128, 'icon height');
});

test('snippets: each has a prefix, a body and a description', () => {
  const file = contributes.snippets[0]?.path ?? '';
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<
    string,
    { prefix: string | string[]; body: string | string[]; description: string }
  >;
  const bodies = Object.values(snippets).map((s) => (Array.isArray(s.body) ? s.body.join('\n') : s.body));
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(s.prefix.length > 0 && s.body.length > 0 && s.description.length > 0, name);
  }
  for (const needle of ['SOA', 'MX\t0 .', 'v=spf1', '-all', '_dmarc', 'v=DMARC1', 'v=DKIM1', 'CAA', 'SRV', 'TLSA\t3 1 1', '\\$ORIGIN', '\\$TTL']) {
    assert.ok(bodies.some((b) => b.includes(needle)), `a snippet with ${needle}`);
  }
});

test('language configuration: ; comments, parentheses, quotes, DNS-name words', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration', 'dns-zone.json'), 'utf8')) as {
    comments: { lineComment: string };
    brackets: string[][];
    wordPattern: string;
  };
  assert.equal(config.comments.lineComment, ';');
  assert.deepEqual(config.brackets, [['(', ')']]);
  const word = new RegExp(config.wordPattern, 'g');
  const words = (text: string): string[] => text.match(word) ?? [];
  assert.deepEqual(words('"v=spf1 include:_spf.example.net -all"'), ['v=spf1', 'include:_spf.example.net', '-all']);
  assert.deepEqual(words('mail.example.com. ; note'), ['mail.example.com.', 'note']);
  assert.deepEqual(words('ip6:2001:db8::/32'), ['ip6:2001:db8::/32']);
  assert.deepEqual(words('(p=reject;'), ['p=reject']);
});
