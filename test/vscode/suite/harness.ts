/**
 * A minimal test harness for the extension host: tests run one after another (they share one
 * window and one document), each with a time limit, and the results are printed as TAP lines
 * (`ok 1 - name`, `not ok 2 - name`) that the Playwright driver reads from VS Code's automation log.
 * A test framework from npm would be one more dependency for a dozen sequential tests.
 */

interface Case {
  readonly name: string;
  readonly fn: () => Promise<void> | void;
  readonly timeoutMs: number;
}

const cases: Case[] = [];

export function test(name: string, fn: () => Promise<void> | void, timeoutMs = 60_000): void {
  cases.push({ name, fn, timeoutMs });
}

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs every registered test; rejects when one failed (VS Code then exits with code 1). */
export async function runAll(): Promise<void> {
  console.log(`TAP version 13`);
  console.log(`1..${cases.length}`);
  let failed = 0;
  for (const [index, c] of cases.entries()) {
    const started = Date.now();
    try {
      await withTimeout(Promise.resolve().then(c.fn), c.timeoutMs, c.name);
      console.log(`ok ${index + 1} - ${c.name} # ${Date.now() - started} ms`);
    } catch (error) {
      failed++;
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`not ok ${index + 1} - ${c.name}\n${text.replace(/^/gm, '  # ')}`);
    }
  }
  console.log(`# extension host: ${cases.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} of ${cases.length} extension-host tests failed`);
}
