/**
 * Debounces diagnostics per document and drops obsolete runs: every new request for a URI
 * supersedes the ones before it, so a run that finishes after a newer edit publishes nothing.
 */
export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();

  /** `run` gets a check that says whether the run is still the newest one for its URI. */
  constructor(
    readonly delay: number,
    private readonly run: (uri: string, isCurrent: () => boolean) => Promise<void>,
  ) {}

  schedule(uri: string, delay: number = this.delay): void {
    this.cancel(uri);
    const generation = this.generations.get(uri) ?? 0;
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      void this.run(uri, () => this.generations.get(uri) === generation);
    }, delay);
    this.timers.set(uri, timer);
  }

  /** Stops a pending run and makes any run in progress obsolete. */
  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
    this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
