/**
 * Drives code-server (VS Code 1.100.3 in the browser) with headless Chromium through
 * playwright-core. Started by `scripts/vscode-e2e.sh`, which installs the packaged .vsix, starts
 * code-server on 127.0.0.1 and stops it afterwards; for `test` it also starts the live tests'
 * loopback servers (`live-servers.ts`) that "Check Domain…" is run against.
 *
 *   driver.js test        runs the extension-host suite (suite/index.ts) and the UI checks below;
 *                         prints TAP lines and `N passed, N failed`; exits 1 on any failure;
 *                         writes the suite's activation benchmark (activate → first diagnostics
 *                         of the example zone) to bench/vscode-activation.json for `npm run bench`
 *   driver.js screenshots writes the README's pictures into docs/
 *
 * How the suite runs inside the real extension host while the extension under test is the
 * installed .vsix: VS Code runs tests only for an extension in development, so the page is
 * opened with a `payload` whose `extensionDevelopmentPath` is `test/vscode/runner` (a manifest
 * that contributes nothing) and whose `extensionTestsPath` is the compiled suite. Installed
 * extensions stay enabled in that window, so `zonemail.zonemail` comes from the extensions
 * folder the .vsix was installed into; the suite's first test asserts exactly that. VS Code
 * reports the extension host's log and the suite's exit code through the `codeAutomationLog`
 * and `codeAutomationExit` functions of the page, exposed here before the page loads.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SUITE = path.join(ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
const RUNNER = path.join(ROOT, 'test', 'vscode', 'runner');
const DOCS = path.join(ROOT, 'docs');
/** The activation benchmark of the last run (git-ignored), read by `npm run bench` (bench/run.mjs). */
const ACTIVATION_RESULT = path.join(ROOT, 'bench', 'vscode-activation.json');
/** Upper bounds: a run takes about 20 s; these only turn a hang into a failure. */
const SUITE_TIMEOUT_MS = 180_000;
const UI_TIMEOUT_MS = 60_000;

interface Options {
  mode: 'test' | 'screenshots';
  port: number;
  work: string;
  folder: string;
  chromium: string;
}

function parseArgs(argv: string[]): Options {
  const [mode, ...rest] = argv;
  if (mode !== 'test' && mode !== 'screenshots') throw new Error(`usage: driver.js test|screenshots --port N --work DIR --folder DIR --chromium PATH`);
  const value = (name: string): string => {
    const i = rest.indexOf(`--${name}`);
    const v = i >= 0 ? rest[i + 1] : undefined;
    if (!v) throw new Error(`--${name} is required`);
    return v;
  };
  return { mode, port: Number(value('port')), work: value('work'), folder: value('folder'), chromium: value('chromium') };
}

async function launch(options: Options): Promise<BrowserContext> {
  return chromium.launchPersistentContext(path.join(options.work, 'chromium'), {
    executablePath: options.chromium,
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const base = (o: Options): string => `http://127.0.0.1:${o.port}`;
const remote = (o: Options, file: string): string => `vscode-remote://127.0.0.1:${o.port}${file}`;

// ---- the extension-host suite -------------------------------------------------------------------

interface SuiteResult {
  exitCode: number;
  passed: number;
  failed: number;
  /** The suite's `# activation-timings: {...}` line, parsed: the activation benchmark. */
  activation?: Record<string, unknown>;
}

async function runSuite(context: BrowserContext, options: Options): Promise<SuiteResult> {
  if (!fs.existsSync(SUITE)) throw new Error(`${SUITE} is missing: run \`npm run build\``);
  const page = await context.newPage();
  let passed = 0;
  let failed = 0;
  let activation: Record<string, unknown> | undefined;
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    for (const line of text.split('\n')) {
      if (/^ok \d+ - /.test(line)) passed++;
      else if (/^not ok \d+ - /.test(line)) failed++;
      const timings = /^# activation-timings: (\{.*\})$/.exec(line);
      if (timings) {
        try {
          activation = JSON.parse(timings[1]!) as Record<string, unknown>;
        } catch {
          console.log(`# unreadable activation timings: ${timings[1]}`);
        }
      }
      // The suite's own lines as they are; the rest of VS Code's log only when it is an error.
      if (/^(TAP version|1\.\.|ok |not ok |  # |# )/.test(line)) console.log(line);
      else if (type === 'error') console.log(`# [vscode] ${line}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(options, RUNNER)],
    ['extensionTestsPath', remote(options, SUITE)],
  ]);
  const url = `${base(options)}/?folder=${encodeURIComponent(options.folder)}&payload=${encodeURIComponent(payload)}`;
  await page.goto(url);
  let timer: NodeJS.Timeout | undefined;
  const exitCode = await Promise.race([
    exited,
    new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.log(`# the extension-host suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
        resolve(1);
      }, SUITE_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  await page.close();
  return { exitCode, passed, failed, ...(activation ? { activation } : {}) };
}

/**
 * Writes bench/vscode-activation.json: the suite's activation figures, the date and the size of
 * the .vsix under test ($ZONEMAIL_VSIX from scripts/run-tests.mjs, else zonemail-<version>.vsix).
 */
function writeActivationResult(activation: Record<string, unknown>): void {
  if (typeof activation['activationToDiagnosticsMs'] !== 'number') {
    console.log(`# no activation figure in ${JSON.stringify(activation)}; ${path.relative(ROOT, ACTIVATION_RESULT)} not written`);
    return;
  }
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = process.env['ZONEMAIL_VSIX'] || path.join(ROOT, `${name}-${version}.vsix`);
  const vsixBytes = fs.existsSync(vsix) ? fs.statSync(vsix).size : undefined;
  const result = {
    activationToDiagnosticsMs: activation['activationToDiagnosticsMs'],
    date: new Date().toISOString(),
    ...(vsixBytes !== undefined ? { vsixBytes, vsix: path.basename(vsix) } : {}),
    ...activation,
  };
  fs.writeFileSync(ACTIVATION_RESULT, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`# wrote ${path.relative(ROOT, ACTIVATION_RESULT)}`);
}

// ---- the workbench through its UI ---------------------------------------------------------------

async function openWorkbench(context: BrowserContext, options: Options): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  await page.goto(`${base(options)}/?folder=${encodeURIComponent(options.folder)}`);
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'example.com.zone' }).waitFor();
  return page;
}

/** Quick Open (Ctrl+P): opens a file of the workspace by name. */
async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  // In the active editor group: the window restores the layout the extension-host suite left
  // (the live report opens beside, in a second group), so the file may be open in two groups.
  await page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
}

/** Go to Line/Column (Ctrl+G) in the active editor. */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Waits until the language server has marked a broken record in the visible part of the editor (line 16). */
async function waitForSquiggles(page: Page): Promise<void> {
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
}

async function showProblems(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'zone/unknown-type' }).first().waitFor();
}

/** On failure, what the window showed: written to $ZONEMAIL_E2E_FAILURES (default: the temp folder). */
async function keepFailureScreenshot(page: Page | undefined): Promise<void> {
  if (!page || page.isClosed()) return;
  const dir = process.env['ZONEMAIL_E2E_FAILURES'] ?? os.tmpdir();
  const file = path.join(dir, `zonemail-e2e-failure-${Date.now()}.png`);
  try {
    await page.screenshot({ path: file });
    console.log(`# screenshot of the failure: ${file}`);
  } catch {
    // The page is gone; the error itself is reported by the caller.
  }
}

// ---- modes --------------------------------------------------------------------------------------

async function test(options: Options): Promise<number> {
  const context = await launch(options);
  let passed = 0;
  let failed = 0;
  try {
    const suite = await runSuite(context, options);
    if (suite.activation) writeActivationResult(suite.activation);
    passed += suite.passed;
    failed += suite.failed;
    if (suite.exitCode !== 0 && suite.failed === 0) {
      failed++;
      console.log(`not ok - the extension-host suite exited with ${suite.exitCode}`);
    } else if (suite.passed === 0) {
      failed++;
      console.log('not ok - the extension-host suite ran no test');
    }

    // One check through the UI itself: the Problems panel lists a Zonemail diagnostic.
    const name = 'UI: the Problems panel lists the unknown type with its code and position';
    let page: Page | undefined;
    try {
      page = await openWorkbench(context, options);
      await openFile(page, 'example.com.zone');
      await showProblems(page);
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'zone/unknown-type' }).first();
      const text = (await row.textContent()) ?? '';
      for (const needle of ['AAAA', 'zonemail', 'zone/unknown-type', 'Ln 54, Col 12']) {
        if (!text.includes(needle)) throw new Error(`the Problems row "${text}" lacks "${needle}"`);
      }
      await page.close();
      passed++;
      console.log(`ok - ${name}`);
    } catch (error) {
      await keepFailureScreenshot(page);
      failed++;
      console.log(`not ok - ${name}\n  # ${String(error instanceof Error ? error.message : error).replace(/\n/g, '\n  # ')}`);
    }

  } finally {
    await context.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

async function screenshots(options: Options): Promise<number> {
  const context = await launch(options);
  let page: Page | undefined;
  try {
    page = await openWorkbench(context, options);
    await takeScreenshots(page);
  } catch (error) {
    await keepFailureScreenshot(page);
    throw error;
  } finally {
    await context.close();
  }
  return 0;
}

async function takeScreenshots(page: Page): Promise<void> {
  await openFile(page, 'example.com.zone');
  await waitForSquiggles(page);
  const shot = async (name: string): Promise<void> => {
    const file = path.join(DOCS, name);
    await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(ROOT, file)}`);
  };

  // A squiggle and its hover: the SPF record whose two strings glue two terms together.
  await goTo(page, 36, 40);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.locator('.monaco-hover', { hasText: 'txt/string-join' }).first().waitFor();
  await shot('hover.png');
  await page.keyboard.press('Escape');

  // Completion of record types where a type goes.
  await goTo(page, 54, 12);
  await page.keyboard.press('Control+Space');
  await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'AAAA' }).first().waitFor();
  await shot('completion.png');
  await page.keyboard.press('Escape');
  await page.locator('.suggest-widget.visible').waitFor({ state: 'hidden' });

  // The quick fix menu on the misspelt type.
  await goTo(page, 54, 13);
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget', { hasText: 'Change to AAAA' }).first().waitFor();
  await shot('quick-fix.png');
  await page.keyboard.press('Escape');

  // The Problems panel with every finding of the example.
  await showProblems(page);
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'txt/string-join' }).first().waitFor();
  await shot('problems.png');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const code = options.mode === 'test' ? await test(options) : await screenshots(options);
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
